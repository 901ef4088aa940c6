package io.salespipeline.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * PostgreSQL and Kafka for one JVM: started on first use on free ports with empty data, shared
 * by every test of that JVM, and stopped when the JVM exits. Quarkus loads test resources in a
 * new class loader for each test profile, so the running servers are found again through JVM
 * system properties rather than a static field alone.
 */
public final class EmbeddedInfrastructure {

    private static final String RUNNING = "sales.infra.embedded.running";
    private static final String POSTGRES_DATA = "sales.infra.embedded.postgres-data";
    /** The broker's process id, controller port and data directory: enough to stop and start it again. */
    private static final String KAFKA = "sales.infra.embedded.kafka";

    private static EmbeddedInfrastructure shared;

    private final int postgresPort;
    private final String kafkaBootstrapServers;

    private EmbeddedInfrastructure(int postgresPort, String kafkaBootstrapServers) {
        this.postgresPort = postgresPort;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    public static synchronized EmbeddedInfrastructure shared() {
        if (shared == null) {
            shared = running();
        }
        if (shared == null) {
            Path root = Path.of("target", "embedded-infra-" + ProcessHandle.current().pid()).toAbsolutePath();
            long started = System.nanoTime();
            PostgresServer postgres = PostgresServer.start(root.resolve("postgres"), Ports.free(), false, true);
            long postgresReady = System.nanoTime();
            int controllerPort = Ports.free();
            KafkaBroker kafka = KafkaBroker.start(root.resolve("kafka"), Ports.free(), controllerPort, true,
                    Duration.ofSeconds(90));
            System.out.printf("Embedded infrastructure: PostgreSQL on %d in %d ms, Kafka on %s in %d ms%n",
                    postgres.port(), (postgresReady - started) / 1_000_000, kafka.bootstrapServers(),
                    (System.nanoTime() - postgresReady) / 1_000_000);
            shared = new EmbeddedInfrastructure(postgres.port(), kafka.bootstrapServers());
            System.setProperty(RUNNING, postgres.port() + " " + kafka.bootstrapServers());
            System.setProperty(POSTGRES_DATA, postgres.dataDirectory().toString());
            System.setProperty(KAFKA, kafka.pid() + " " + controllerPort + " " + root.resolve("kafka"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                KafkaBroker.stop(kafkaProcess());
                postgres.close();
            }, "embedded-infra-stop"));
        }
        return shared;
    }

    /** The servers another class loader of this JVM already started, if any. */
    private static EmbeddedInfrastructure running() {
        String running = System.getProperty(RUNNING);
        if (running == null) {
            return null;
        }
        String[] parts = running.split(" ");
        return new EmbeddedInfrastructure(Integer.parseInt(parts[0]), parts[1]);
    }

    /**
     * Stops the shared broker (a broker outage, for the tests that need one). Every test class of
     * this JVM shares it: call {@link #startKafka()} in a {@code finally}.
     */
    public synchronized void stopKafka() {
        KafkaBroker.stop(kafkaProcess());
    }

    /** Starts the shared broker again on the same port with the data it had, and waits until it answers. */
    public synchronized void startKafka() {
        String[] kafka = System.getProperty(KAFKA).split(" ", 3);
        if (ProcessHandle.of(Long.parseLong(kafka[0])).map(ProcessHandle::isAlive).orElse(false)) {
            return;
        }
        int port = Integer.parseInt(kafkaBootstrapServers.substring(kafkaBootstrapServers.lastIndexOf(':') + 1));
        KafkaBroker broker = KafkaBroker.start(Path.of(kafka[2]), port, Integer.parseInt(kafka[1]), false,
                Duration.ofSeconds(90));
        System.setProperty(KAFKA, broker.pid() + " " + kafka[1] + " " + kafka[2]);
    }

    private static long kafkaProcess() {
        return Long.parseLong(System.getProperty(KAFKA).split(" ", 2)[0]);
    }

    public int postgresPort() {
        return postgresPort;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /**
     * Stops the shared PostgreSQL, for an outage test. Every test class of the JVM uses it: start
     * it again in a {@code finally}. Works from any class loader (the server is found by its data
     * directory, not by the object that started it).
     */
    public void stopPostgres() {
        PostgresServer.stop(postgresData());
    }

    /** Starts the shared PostgreSQL again after {@link #stopPostgres()}: same port, same data. */
    public void startPostgres() {
        PostgresServer.start(postgresData());
    }

    private static Path postgresData() {
        String data = System.getProperty(POSTGRES_DATA);
        if (data == null) {
            throw new IllegalStateException("No embedded PostgreSQL runs in this JVM");
        }
        return Path.of(data);
    }

    private static final String WEB_FORM_TOKEN_SECRET = java.util.HexFormat.of().formatHex(randomBytes());

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The configuration a service needs to use its own database and the broker, to verify test tokens, and
     * (lead-service) to sign web-form tokens. */
    public Map<String, String> serviceConfig(ServiceDatabase database) {
        PostgresServer.ensureDatabase(postgresPort, database);
        Map<String, String> config = new java.util.HashMap<>(TokenKeys.forTests().serviceConfig());
        config.putAll(Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(postgresPort),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password(),
                "kafka.bootstrap.servers", kafkaBootstrapServers));
        // lead-service signs web-form tokens and refuses to start without a secret outside dev and test.
        config.put("sales.web-forms.token-secret", WEB_FORM_TOKEN_SECRET);
        return config;
    }
}
