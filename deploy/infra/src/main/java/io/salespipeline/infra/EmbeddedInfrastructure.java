package io.salespipeline.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * PostgreSQL and Kafka for one JVM: started on first use on free ports with empty data, shared
 * by every test of that JVM, and stopped when the JVM exits.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedInfrastructure shared;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private EmbeddedInfrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static synchronized EmbeddedInfrastructure shared() {
        if (shared == null) {
            Path root = Path.of("target", "embedded-infra-" + ProcessHandle.current().pid()).toAbsolutePath();
            long started = System.nanoTime();
            PostgresServer postgres = PostgresServer.start(root.resolve("postgres"), Ports.free(), false, true);
            long postgresReady = System.nanoTime();
            KafkaBroker kafka = KafkaBroker.start(root.resolve("kafka"), Ports.free(), Ports.free(), true,
                    Duration.ofSeconds(90));
            System.out.printf("Embedded infrastructure: PostgreSQL on %d in %d ms, Kafka on %s in %d ms%n",
                    postgres.port(), (postgresReady - started) / 1_000_000, kafka.bootstrapServers(),
                    (System.nanoTime() - postgresReady) / 1_000_000);
            shared = new EmbeddedInfrastructure(postgres, kafka);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-infra-stop"));
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The configuration a service needs to use its own database and the broker. */
    public Map<String, String> serviceConfig(ServiceDatabase database) {
        postgres.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(postgres.port()),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    private void stop() {
        kafka.close();
        postgres.close();
    }
}
