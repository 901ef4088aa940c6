package io.salespipeline.infra;

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

/**
 * One packaged service ({@code quarkus-app/quarkus-run.jar}) running as its own JVM process, as
 * in production: started on a port with its configuration as system properties, its operational
 * endpoints ({@code /q/*}) on the management interface's own port (a free one), ready once
 * {@code /q/health/ready} answers 200 there. Shared by the system tests and the benchmarks.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final long readyMillis;

    private ServiceProcess(String name, int port, int managementPort, Process process, long readyMillis) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.readyMillis = readyMillis;
    }

    /**
     * Starts {@code jar} as {@code name} and waits until it is ready; its output goes to {@code log}.
     * {@code jvmOptions}: heap and the like, before the configuration.
     */
    public static ServiceProcess start(String name, Path jar, int port, List<String> jvmOptions,
            Map<String, String> config, Path log) {
        return start(List.of(), name, jar, port, jvmOptions, config, log);
    }

    /** As {@link #start(String, Path, int, List, Map, Path)}, the JVM run through {@code launcher} (e.g. {@code nice -n 10}). */
    public static ServiceProcess start(List<String> launcher, String name, Path jar, int port, List<String> jvmOptions,
            Map<String, String> config, Path log) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>(launcher);
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        int managementPort = Ports.free();
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(name, port, managementPort, process, -1);
            try {
                service.awaitReady();
            } catch (RuntimeException e) {
                service.close();
                throw e;
            }
            return new ServiceProcess(name, port, managementPort, process, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Milliseconds from the start of the process until it was ready. */
    public long readyMillis() {
        return readyMillis;
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    /** The management interface: /q/health, /q/metrics, /q/openapi, Swagger UI, /asyncapi.json. */
    public String managementUri() {
        return "http://localhost:" + managementPort;
    }

    /** Resident memory of the process (Linux /proc), or -1. */
    public long rssKilobytes() {
        return rssKilobytes(process.pid());
    }

    /** Resident memory of any process (Linux /proc), in KiB, or -1. */
    public static long rssKilobytes(long pid) {
        return memoryKilobytes(pid, "VmRSS");
    }

    /** A memory figure of /proc/PID/status (VmRSS, RssAnon, RssFile ...), in KiB, or -1. */
    public static long memoryKilobytes(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUri() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready");
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
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + READY_WITHIN);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL if the process is still there after {@code grace}; returns its exit status. */
    public int stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
