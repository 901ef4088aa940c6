package io.salespipeline.benchmarks;

import io.salespipeline.infra.AotCache;
import io.salespipeline.infra.Directories;
import io.salespipeline.infra.KafkaBroker;
import io.salespipeline.infra.Ports;
import io.salespipeline.infra.PostgresServer;
import io.salespipeline.infra.ServiceDatabase;
import io.salespipeline.infra.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start and stop of the five packaged services against an empty Quarkus app with the same
 * extensions (deploy/benchmarks/empty-app), in one run on one PostgreSQL and one broker: for each,
 * time from JVM launch to {@code /q/health/ready} UP, CPU used until then and RSS at that moment,
 * without and with the AOT cache (trained first, as the local run trains it); then the whole
 * local run ({@link LocalRunTiming}). Apps start one at a time; rounds alternate the order of the
 * two modes, and medians are reported, since the machine may be shared.
 */
public final class StartupBenchmark {

    static final List<String> APPS = List.of("lead", "prospect", "proposal", "contract", "fulfillment", "empty");
    private static final List<String> report = new ArrayList<>();

    private StartupBenchmark() {
    }

    static void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        report.add(line);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("sales.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve("deploy/benchmarks/target/startup");
        int rounds = Integer.getInteger("bench.rounds", 3);
        List<String> jvm = StartupRun.jvmOptions();
        say("Start-up benchmark, %s, %d cores, Java %s; service JVM options %s; %d rounds", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), jvm, rounds);
        try {
            if (!Boolean.getBoolean("bench.local-run-only")) {
                apps(root, work, jvm, rounds);
            }
            if (!Boolean.getBoolean("bench.apps-only")) {
                LocalRunTiming.measure(root, work.resolve("local-run"), Integer.getInteger("bench.local-runs", 3));
            }
        } finally {
            Files.createDirectories(work);
            Files.write(work.resolve("results.txt"), report);
        }
    }

    private static void apps(Path root, Path work, List<String> jvm, int rounds) throws Exception {
        Directories.deleteRecursively(work.resolve("aot"));
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), true, true);
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(), true,
                        Duration.ofSeconds(120))) {
            Map<String, StartupRun> runs = new LinkedHashMap<>();
            for (String app : APPS) {
                ServiceDatabase database = ServiceDatabase.of(app);
                postgres.ensureDatabase(database);
                Map<String, String> config = new LinkedHashMap<>(Tokens.serviceConfig(work));
                config.put("quarkus.datasource.jdbc.url", database.jdbcUrl(postgres.port()));
                config.put("quarkus.datasource.username", database.user());
                config.put("quarkus.datasource.password", database.password());
                config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
                config.put("sales.web-forms.token-secret", "startup-benchmark-web-form-token-secret-0123456789");
                Path directory = StartupRun.appDirectory(root, app);
                runs.put(app, new StartupRun(app, directory, jvm, config, AotCache.of(work.resolve("aot"), app, directory),
                        work.resolve("logs")));
            }
            say("%nTraining runs (the first start of each: migrations, then the cache written at exit)");
            for (StartupRun run : runs.values()) {
                StartupRun.Sample training = run.train();
                say("  %-12s ready in %5d ms; stopped and cache written in %5d ms (%d MiB)", run.name(),
                        training.readyMillis(), training.stopMillis(), Files.size(run.cache().file()) >> 20);
            }
            for (int round = 0; round < rounds; round++) {
                for (StartupRun run : runs.values()) {
                    // Alternate which mode goes first, so a burst of load elsewhere falls on both alike.
                    boolean cachedFirst = round % 2 == 1;
                    run.measure(cachedFirst);
                    run.measure(!cachedFirst);
                }
            }
            StartupReport.print(runs, StartupBenchmark::say);
        }
    }
}
