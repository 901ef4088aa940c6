package io.salespipeline.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Strimzi's kafka.strimzi.io/v1 CustomResourceDefinitions, made the way a Strimzi release makes the
 * ones it publishes: its own CrdGenerator over its API model (both io.strimzi, version pinned in the
 * pom, copied aside by Maven), with the release build's arguments. The generator bundles its own
 * fabric8 and Jackson, so it runs in a JVM of its own. Written once per build into target/.
 */
final class StrimziCrds {

    /** Model class and the file name the release gives its CRD. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"io.strimzi.api.kafka.model.kafka.Kafka", "040-Crd-kafka.yaml"},
            new String[] {"io.strimzi.api.kafka.model.topic.KafkaTopic", "043-Crd-kafkatopic.yaml"},
            new String[] {"io.strimzi.api.kafka.model.user.KafkaUser", "044-Crd-kafkauser.yaml"},
            new String[] {"io.strimzi.api.kafka.model.nodepool.KafkaNodePool", "045-Crd-kafkanodepool.yaml"});

    private StrimziCrds() {
    }

    /** The folder holding the generated CRDs, generating them first when this build has not yet. */
    static synchronized Path generated() throws IOException, InterruptedException {
        Path out = Path.of(System.getProperty("k8s.strimzi.crds", "target/strimzi-crds"));
        if (KINDS.stream().allMatch(k -> Files.isRegularFile(out.resolve(k[1])))) {
            return out;
        }
        Path jars = Path.of(System.getProperty("k8s.strimzi.generator", "target/strimzi-crd-generator"));
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", jars.resolve("api.jar") + java.io.File.pathSeparator + jars.resolve("crd-generator.jar"),
                "io.strimzi.crdgenerator.CrdGenerator",
                "--label", "app:strimzi", "--label", "strimzi.io/crd-install:true",
                "--target-kube", "1.16+", "--crd-api-version", "v1",
                "--api-versions", "v1", "--storage-version", "v1", "--yaml"));
        KINDS.forEach(k -> command.add(k[0] + "=" + out.resolve(k[1])));
        Path log = out.resolve("generator.log");
        Process generator = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!generator.waitFor(3, TimeUnit.MINUTES) || generator.exitValue() != 0) {
            generator.destroyForcibly();
            throw new AssertionError("Strimzi's CrdGenerator failed, see " + log + ":\n" + Files.readString(log));
        }
        return out;
    }
}
