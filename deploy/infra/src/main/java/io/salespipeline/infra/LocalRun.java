package io.salespipeline.infra;

import io.salespipeline.infra.supervision.Backoff;
import io.salespipeline.infra.supervision.Child;
import io.salespipeline.infra.supervision.Supervisor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher behind ./deploy/run-local.sh: a durable PostgreSQL, a Kafka broker and the five
 * packaged services, started together (the services wait for what they need) and kept running by
 * {@link Supervisor}s. A process that dies is announced on the console and started again after a
 * back-off (1 s, 2 s, 4 s ... at most 30 s); the others go on. Each service starts from its AOT
 * cache in the data directory ({@link AotCache}; the first start after a build trains it).
 * SIGTERM (run-local.sh turns Ctrl-C into one) stops the services in parallel, then the broker and
 * the database in parallel, and prints how long each took.
 *
 * <p>Arguments: {@code --root DIR --data-dir DIR [--postgres-port 5432] [--kafka-port 9092]
 * [--controller-port 9093] [--first-port 8081] [--http-host 127.0.0.1] [--cors-origins LIST] [--reset]
 * [--no-aot-cache]}. Service n (lead, prospect, proposal, contract, fulfillment) listens on first-port + n, its
 * management interface 1000 above.
 */
public final class LocalRun {

    static final List<String> SERVICES = List.of("lead", "prospect", "proposal", "contract", "fulfillment");
    /** A service alone stops in a few seconds (microprofile-config.properties); this is the backstop. */
    private static final Duration SERVICE_GRACE = Duration.ofSeconds(15);
    /** A training run's exit writes its AOT cache: a minute or two on a busy machine, once after a build. */
    private static final Duration TRAINING_GRACE = Duration.ofMinutes(3);
    /** Exit status of a process killed (SIGKILL). */
    private static final int KILLED = 128 + 9;
    private static final Duration INFRASTRUCTURE_GRACE = Duration.ofSeconds(20);
    /** A broker restarted after a crash first recovers its logs; on a busy machine that takes minutes. */
    private static final Duration BROKER_START = Duration.ofMinutes(5);

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        LocalRunSettings settings = LocalRunSettings.parse(args);
        settings.requireFreePorts();
        Path logs = Files.createDirectories(settings.dataDir().resolve("logs"));
        TokenKeys keys = TokenKeys.local(settings.dataDir());
        Path webFormSecret = LocalRunSettings.webFormSecret(settings.dataDir());

        Supervisor infrastructure = new Supervisor(Backoff.DEFAULT, LocalRun::line);
        Supervisor services = new Supervisor(Backoff.DEFAULT, LocalRun::line);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(services, infrastructure);
            stopped.countDown();
        }, "local-run-stop"));

        if (settings.reset()) {
            Directories.deleteRecursively(settings.dataDir().resolve("postgres"));
            Directories.deleteRecursively(settings.dataDir().resolve("kafka"));
        }
        try {
            // All at once, as far as is safe: the services wait for what they need (Flyway retries
            // its connection until PostgreSQL and the service's database are there; consumers
            // retry until the broker answers, and readiness stays DOWN until they have joined
            // their groups), so their JVMs start while PostgreSQL and the broker do.
            long started = System.nanoTime();
            CompletableFuture<Void> postgres = inBackground("postgresql", () -> {
                infrastructure.start("postgresql", () -> postgres(settings, logs));
                say("PostgreSQL ready on localhost:%d in %d ms (databases: %s)", settings.postgresPort(),
                        (System.nanoTime() - started) / 1_000_000, String.join(", ", SERVICES));
            });
            CompletableFuture<Void> kafka = inBackground("kafka", () -> {
                infrastructure.start("kafka", () -> kafka(settings));
                say("Kafka ready on localhost:%d in %d ms (log: %s)", settings.kafkaPort(),
                        (System.nanoTime() - started) / 1_000_000, settings.dataDir().resolve("kafka/broker.log"));
            });
            Path caches = settings.dataDir().resolve("aot");
            for (int i = 0; i < SERVICES.size(); i++) {
                String name = SERVICES.get(i) + "-service";
                int port = settings.firstPort() + i;
                Path log = logs.resolve(name + ".log");
                Files.deleteIfExists(log);
                Path app = quarkusApp(settings.root(), name);
                AotCache cache = settings.aotCache() ? AotCache.of(caches, name, app) : null;
                Map<String, String> environment = serviceEnvironment(settings, SERVICES.get(i), port, keys, webFormSecret);
                services.start(name, () -> {
                    boolean training = cache != null && cache.trains();
                    if (training) {
                        say("%s trains its AOT cache on this first start of its build (written when it stops, "
                                + "which then takes longer once)", name);
                    }
                    return service(name, start(serviceCommand(app, cache), environment, log), cache, training);
                });
            }
            CompletableFuture.allOf(postgres, kafka).join();
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            say("The stack did not start: %s", cause.getMessage());
            System.exit(1);
        }
        say("Services starting (logs in %s); a process that dies is restarted", logs);
        say("Traces: %s", traces(System.getenv()));
        stopped.await();
    }

    private static Child postgres(LocalRunSettings settings, Path logs) {
        PostgresServer server = PostgresServer.startForLauncher(settings.dataDir().resolve("postgres"),
                settings.postgresPort(), logs.resolve("postgresql.log"));
        ServiceDatabase.ALL.forEach(server::ensureDatabase);
        return new Child() {
            @Override
            public CompletableFuture<Integer> exited() {
                return server.exited();
            }

            @Override
            public long pid() {
                return server.pid();
            }

            @Override
            public void stop(Duration grace) {
                server.close(); // pg_ctl stop, fast mode: open transactions roll back, nothing committed is lost
            }
        };
    }

    private static Child kafka(LocalRunSettings settings) {
        KafkaBroker broker = KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                settings.controllerPort(), false, BROKER_START);
        return new Child() {
            @Override
            public CompletableFuture<Integer> exited() {
                return broker.exited();
            }

            @Override
            public long pid() {
                return broker.pid();
            }

            @Override
            public void stop(Duration grace) {
                broker.stop(grace);
            }
        };
    }

    private static Path quarkusApp(Path root, String name) {
        Path app = root.resolve(name).resolve("target/quarkus-app");
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app.resolve("quarkus-run.jar") + " is missing: build first (./deploy/run-local.sh does)");
        }
        return app;
    }

    /** The service's JVM: its AOT cache once there is one (the first start trains it), unless told not to use one. */
    private static List<String> serviceCommand(Path app, AotCache cache) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ServiceJvm.OPTIONS);
        if (cache != null) {
            command.addAll(cache.jvmOptions());
        }
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        return command;
    }

    /**
     * A service's JVM. A training run is given longer to stop; once it has exited, what it trained
     * becomes its AOT cache, and if it had to be killed the build is not trained again.
     */
    private static Child service(String name, Process process, AotCache cache, boolean training) {
        Child child = Child.of(process);
        if (!training) {
            return child;
        }
        CompletableFuture<Integer> exited = child.exited().thenApply(status -> {
            cache.trained(status);
            return status;
        });
        return new Child() {
            @Override
            public CompletableFuture<Integer> exited() {
                return exited;
            }

            @Override
            public long pid() {
                return child.pid();
            }

            @Override
            public void stop(Duration grace) {
                child.stop(TRAINING_GRACE);
                if (exited.join() == KILLED) {
                    cache.gaveUp();
                    say("%s could not write its AOT cache within %s: this build of it starts without one",
                            name, seconds(TRAINING_GRACE));
                }
            }
        };
    }

    /** Runs a first start on a thread of its own; its failure fails the future. */
    private static CompletableFuture<Void> inBackground(String name, Starting start) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().name("start-" + name).start(() -> {
            try {
                start.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @FunctionalInterface
    private interface Starting {
        void run() throws Exception;
    }

    private static Map<String, String> serviceEnvironment(LocalRunSettings settings, String database, int port,
            TokenKeys keys, Path webFormSecret) throws java.io.IOException {
        return Map.ofEntries(
                Map.entry("QUARKUS_HTTP_HOST", settings.httpHost()),
                Map.entry("QUARKUS_HTTP_PORT", Integer.toString(port)),
                Map.entry("QUARKUS_MANAGEMENT_HOST", settings.httpHost()),
                Map.entry("QUARKUS_MANAGEMENT_PORT", Integer.toString(port + 1000)),
                Map.entry("SALES_CORS_ORIGINS", settings.corsOrigins()),
                // The shutdown delay lets a load balancer notice readiness DOWN first; nothing here does.
                Map.entry("QUARKUS_SHUTDOWN_DELAY", "0s"),
                // The OpenAPI server Swagger UI's "Try it out" calls: this service's public port here.
                Map.entry("SALES_PUBLIC_URL", "http://localhost:" + port),
                // Webhooks to receivers on this machine (a developer's tunnel or test server).
                Map.entry("SALES_WEBHOOKS_ALLOW_HTTP", "true"),
                Map.entry("SALES_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"),
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + database),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + settings.kafkaPort()),
                Map.entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString()),
                Map.entry("MP_JWT_VERIFY_ISSUER", keys.issuer()),
                Map.entry("MP_JWT_VERIFY_AUDIENCES", TokenKeys.AUDIENCE),
                Map.entry("SALES_WEB_FORMS_TOKEN_SECRET", "lead".equals(database) ? Files.readString(webFormSecret) : ""));
    }

    private static Process start(List<String> command, Map<String, String> environment, Path log)
            throws java.io.IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Services first, all at once (they finish requests, consumers and relays), then broker and database. */
    private static void stop(Supervisor services, Supervisor infrastructure) {
        say("Stopping...");
        long began = System.nanoTime();
        List<String> took = new ArrayList<>();
        services.stop(SERVICE_GRACE).forEach((name, duration) -> took.add(name + " " + seconds(duration)));
        infrastructure.stop(INFRASTRUCTURE_GRACE).forEach((name, duration) -> took.add(name + " " + seconds(duration)));
        say("Stopped in %s (%s)", seconds(Duration.ofNanos(System.nanoTime() - began)), String.join(", ", took));
    }

    /** Where the services' traces go: OpenTelemetry's own environment, which they inherit. */
    static String traces(Map<String, String> environment) {
        String exporter = environment.getOrDefault("OTEL_TRACES_EXPORTER", "");
        String endpoint = environment.getOrDefault("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                environment.get("OTEL_EXPORTER_OTLP_ENDPOINT"));
        if (exporter.contains("logging")) {
            return "printed to each service's log (OTEL_TRACES_EXPORTER=logging)";
        }
        if (endpoint != null && (exporter.isEmpty() || exporter.contains("otlp"))) {
            return "sent over OTLP to " + endpoint;
        }
        return "not exported (OTEL_TRACES_EXPORTER=logging prints them to each service's log, "
                + "OTEL_EXPORTER_OTLP_ENDPOINT sends them to a collector)";
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static void say(String format, Object... args) {
        line(String.format(Locale.ROOT, format, args));
    }

    private static void line(String text) {
        System.out.println(LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "Z " + text);
    }
}
