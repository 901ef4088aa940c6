package io.salespipeline.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The images {@code ./mvnw -Pimages package} builds: one docker-archive per service, written by
 * Jib without a Docker daemon, named as the kustomize overlays name it, running the service as a
 * numeric non-root user through the base image's run-java.sh, and adding nothing but the packaged
 * application under /deployments. Runs only in that profile, the only build that makes images.
 */
@EnabledIfSystemProperty(named = "sales.images", matches = "true")
class ImageTarballsTest {

    private static final Path ROOT = Path.of(System.getProperty("sales.root", "../..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"lead-service", "prospect-service", "proposal-service", "contract-service", "fulfillment-service"})
    void theBuildWroteTheServiceImage(String service) throws Exception {
        Path tarball = ROOT.resolve(service).resolve("target/jib-image.tar");
        assertTrue(Files.isRegularFile(tarball), "no image tarball " + tarball);

        ImageTarball image = ImageTarball.read(tarball);
        JsonNode config = image.config();

        assertEquals(List.of(ImageNames.of(service)), image.repoTags());
        assertEquals("185", config.path("User").asText(), "numeric non-root user");
        assertEquals("[\"/opt/jboss/container/java/run/run-java.sh\"]", config.path("Entrypoint").toString());
        assertEquals("/deployments", config.path("WorkingDir").asText());
        Set<String> env = new TreeSet<>();
        config.path("Env").forEach(variable -> env.add(variable.asText()));
        assertTrue(env.containsAll(Set.of("JAVA_APP_JAR=/deployments/quarkus-run.jar", "TZ=UTC", "JAVA_MAX_MEM_RATIO=60")), "environment " + env);
        Set<String> ports = new TreeSet<>();
        config.path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
        assertEquals(Set.of("8080/tcp", "9000/tcp"), ports, "API and management ports");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead-service", "prospect-service", "proposal-service", "contract-service", "fulfillment-service"})
    void theBuildAddsOnlyThePackagedApplication(String service) throws Exception {
        ImageTarball image = ImageTarball.read(ROOT.resolve(service).resolve("target/jib-image.tar"));

        List<String> added = image.layers().stream()
                .filter(layer -> layer.author().equals("Jib"))
                .flatMap(layer -> layer.paths().stream())
                .toList();
        assertFalse(added.isEmpty(), "the build added no layer");
        assertTrue(added.contains("deployments/quarkus-run.jar"), "no quarkus-run.jar in " + added);
        assertEquals(List.of(), added.stream().filter(path -> !path.startsWith("deployments/")).toList(),
                "paths outside /deployments");
    }
}
