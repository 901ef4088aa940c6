package io.salespipeline.chaos;

import io.salespipeline.infra.ServiceProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One replica of a service: a packaged service process on its own fixed port, which the harness
 * kills (SIGKILL) and starts again on the same port, as a supervisor would.
 */
final class Replica {

    final String service;
    final int index;
    final int port;
    private final Path jar;
    private final Map<String, String> config;
    private final Path log;
    private volatile ServiceProcess process;
    private int starts;
    /** The JVM options of the service's AOT cache, once trained (none: a start without it). */
    private volatile List<String> cache = List.of();
    /** A restarting replica's niceness until it is ready (0 normal, 19 lowest). */
    private static final int RESTART_NICENESS = 10;

    Replica(String service, int index, int port, Path jar, Map<String, String> config, Path log) {
        this.service = service;
        this.index = index;
        this.port = port;
        this.jar = jar;
        this.config = config;
        this.log = log;
    }

    String name() {
        return service + "#" + index;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface of the running process, or null while it is down. */
    String managementUri() {
        ServiceProcess running = process;
        return running == null ? null : running.managementUri();
    }

    /** Starts the process and waits until it is ready; its output is appended to its log. */
    synchronized void start() {
        process = launch(List.of(), cache);
    }

    /**
     * Starts the process again after a kill, at a low CPU priority until it is ready, then at the
     * normal one. On a cluster a restarting pod has a CPU share of its own; here ten JVMs, the
     * broker and PostgreSQL share two cores, and a replica's start (tens of seconds of CPU) would
     * otherwise be taken from the replicas that serve meanwhile, which is not what a fault's
     * recovery is about.
     */
    synchronized void restart() {
        ServiceProcess started = launch(List.of("nice", "-n", String.valueOf(RESTART_NICENESS)), cache);
        Niceness.reset(started.pid());
        process = started;
    }

    /**
     * A training run: started with {@code training} (the cache's output options), ready, then stopped
     * gracefully so that it writes the cache at its exit; returns the JVM's exit status.
     */
    synchronized int train(List<String> training) {
        ServiceProcess trainee = launch(training);
        return trainee.stop(java.time.Duration.ofMinutes(3));
    }

    void useCache(List<String> options) {
        cache = List.copyOf(options);
    }

    boolean cached() {
        return !cache.isEmpty();
    }

    private ServiceProcess launch(List<String> extra) {
        return launch(List.of(), extra);
    }

    private ServiceProcess launch(List<String> launcher, List<String> extra) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.log.file.enable=false"));
        jvm.addAll(extra);
        // One log per start: ServiceProcess writes its log afresh, and a killed run's log is evidence.
        starts++;
        return ServiceProcess.start(launcher, name(), jar, port, jvm, config,
                log.resolveSibling(service + "-" + index + "." + starts + ".log"));
    }

    /** SIGKILL: no shutdown hook, no graceful stop, as when a node dies. */
    void kill() {
        ServiceProcess running = process;
        process = null;
        if (running != null) {
            ProcessHandle.of(running.pid()).ifPresent(handle -> {
                handle.destroyForcibly();
                handle.onExit().join();
            });
        }
    }

    boolean isUp() {
        return process != null;
    }

    void stop() {
        ServiceProcess running = process;
        process = null;
        if (running != null) {
            running.close();
        }
    }
}
