package io.salespipeline.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** lead-service as a packaged process (target/quarkus-app) on its own port, as in production. */
final class LeadServiceProcess implements AutoCloseable {

    private final Process process;
    final int port;

    private LeadServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LeadServiceProcess start(Path root, int port, String heap, Map<String, String> config, Path log) {
        Path jar = root.resolve("deploy/benchmarks/target/lead-service-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run.sh packages it");
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heap, "-Dquarkus.http.port=" + port, "-Dquarkus.log.level=WARN"));
        // Extra JVM options for the service, e.g. a flight recording: -Dbench.service.jvm="-XX:StartFlightRecording=..."
        String extra = System.getProperty("bench.service.jvm", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LeadServiceProcess service = new LeadServiceProcess(process, port);
            service.awaitReady(Duration.ofSeconds(120));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    String baseUri() {
        return "http://localhost:" + port;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("lead-service exited with " + process.exitValue());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("lead-service not ready within " + timeout);
    }

    /** Heap in use (all spaces) and the old generation's share, in bytes, from the JVM's own Prometheus metrics. */
    long[] heapUsed(HttpClient http) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/metrics")).build(),
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
