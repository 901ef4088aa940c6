package io.salespipeline.benchmarks;

import io.salespipeline.infra.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service as the benchmarks run it: the packaged copy run.sh set aside, 256 MiB heap, quiet logs. */
final class PackagedService {

    private PackagedService() {
    }

    static ServiceProcess start(Path root, int port, Map<String, String> config, Path log) {
        return start("lead-service", root, port, config, log);
    }

    /** {@code service} (e.g. "prospect-service") from deploy/benchmarks/target/{service}-app. */
    static ServiceProcess start(String service, Path root, int port, Map<String, String> config, Path log) {
        return start(service, root, port, config, log, List.of());
    }

    /** As above, with more JVM options (e.g. an AOT cache's). */
    static ServiceProcess start(String service, Path root, int port, Map<String, String> config, Path log,
            List<String> options) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx256m", "-Dquarkus.log.level=WARN"));
        jvm.addAll(options);
        // Extra JVM options for the service, e.g. a flight recording: -Dbench.service.jvm="-XX:StartFlightRecording=..."
        String extra = System.getProperty("bench.service.jvm", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        return ServiceProcess.start(service, app(root, service).resolve("quarkus-run.jar"),
                port, jvm, config, log);
    }

    /** The packaged copy of {@code service} that run.sh set aside. */
    static Path app(Path root, String service) {
        return root.resolve("deploy/benchmarks/target/" + service + "-app");
    }

    /** Heap in use (all spaces) and the old generation's share, in bytes, from the JVM's own Prometheus metrics. */
    static long[] heapUsed(HttpClient http, ServiceProcess service) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(service.managementUri() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long heap = 0;
            long old = 0;
            for (String line : metrics.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    long value = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    heap += value;
                    if (line.contains("Old Gen") || line.contains("Tenured")) {
                        old += value;
                    }
                }
            }
            return new long[] {heap, old};
        } catch (IOException e) {
            return new long[] {-1, -1};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {-1, -1};
        }
    }
}
