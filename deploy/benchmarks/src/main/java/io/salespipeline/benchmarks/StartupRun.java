package io.salespipeline.benchmarks;

import io.salespipeline.infra.AotCache;
import io.salespipeline.infra.Ports;
import io.salespipeline.infra.ServiceJvm;
import io.salespipeline.infra.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One app of the start-up benchmark: its starts without and with its AOT cache, one sample each. */
final class StartupRun {

    /**
     * Launch to ready, CPU used until ready, RSS at ready and its anonymous part (heap, metaspace,
     * stacks: what is the process's own; the rest are mapped files such as the AOT cache), SIGTERM to exit.
     */
    record Sample(long readyMillis, long cpuMillis, long rssKilobytes, long anonKilobytes, long stopMillis) {
    }

    /** Long enough for a training run's exit, which writes the cache (tens of seconds on a busy machine). */
    private static final Duration TRAINING_EXIT = Duration.ofMinutes(3);

    private final String name;
    private final Path app;
    private final List<String> jvm;
    private final Map<String, String> config;
    private final AotCache cache;
    private final Path logs;
    final List<Sample> plain = new ArrayList<>();
    final List<Sample> cached = new ArrayList<>();

    StartupRun(String name, Path app, List<String> jvm, Map<String, String> config, AotCache cache, Path logs) {
        this.name = name;
        this.app = app;
        this.jvm = jvm;
        this.config = config;
        this.cache = cache;
        this.logs = logs;
    }

    /** The services' JVM options as the local run gives them, plus -Dbench.service.jvm="..." if set. */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(ServiceJvm.OPTIONS);
        String extra = System.getProperty("bench.service.jvm", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    static Path appDirectory(Path root, String app) {
        return "empty".equals(app) ? root.resolve("deploy/benchmarks/empty-app/target/quarkus-app")
                : root.resolve(app + "-service/target/quarkus-app");
    }

    String name() {
        return name;
    }

    AotCache cache() {
        return cache;
    }

    /** The first start: a training run, stopped as the local run stops it, so that it writes the cache. */
    Sample train() {
        Sample sample = run(cache.jvmOptions(), "training", TRAINING_EXIT);
        if (!cache.exists()) {
            throw new IllegalStateException(name + ": no AOT cache after the training run; see " + logs);
        }
        return sample;
    }

    void measure(boolean withCache) {
        if (withCache) {
            cached.add(run(cache.jvmOptions(), "cached", Duration.ofSeconds(30)));
        } else {
            plain.add(run(List.of(), "plain", Duration.ofSeconds(30)));
        }
    }

    private Sample run(List<String> extra, String mode, Duration exit) {
        List<String> options = new ArrayList<>(jvm);
        options.addAll(extra);
        options.add("-Dquarkus.log.level=WARN");
        ServiceProcess service = ServiceProcess.start(name, app.resolve("quarkus-run.jar"), Ports.free(), options,
                config, logs.resolve(name + "-" + mode + ".log"));
        long cpu = CpuTime.of(service.pid());
        long rss = service.rssKilobytes();
        long anon = ServiceProcess.memoryKilobytes(service.pid(), "RssAnon");
        long stopping = System.nanoTime();
        int status = service.stop(exit);
        if ("training".equals(mode)) {
            cache.trained(status);
        }
        return new Sample(service.readyMillis(), cpu, rss, anon, (System.nanoTime() - stopping) / 1_000_000);
    }
}
