package io.salespipeline.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of the local run (./deploy/run-local.sh): a durable PostgreSQL with the
 * five service databases and a Kafka broker, on fixed ports, keeping their data in one
 * directory across restarts. Runs until SIGTERM or Ctrl-C, then stops both cleanly.
 *
 * <p>Arguments: {@code --data-dir DIR [--postgres-port 5432] [--kafka-port 9092]
 * [--controller-port 9093] [--reset]}.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = null;
        int postgresPort = 5432;
        int kafkaPort = 9092;
        int controllerPort = 9093;
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                case "--postgres-port" -> postgresPort = Integer.parseInt(args[++i]);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
                case "--reset" -> reset = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        for (int port : new int[] {postgresPort, kafkaPort, controllerPort}) {
            if (Ports.inUse(port)) {
                System.err.println("Port " + port + " is in use: stop what holds it or choose another port.");
                System.exit(3);
            }
        }

        // The key pair that signs the local run's tokens (./deploy/token.sh); the services get its public key.
        TokenKeys keys = TokenKeys.local(dataDir);
        System.out.printf("Token verification key: %s (issuer %s)%n", keys.publicKeyFile(), keys.issuer());

        long started = System.nanoTime();
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), postgresPort, true, reset);
        ServiceDatabase.ALL.forEach(postgres::ensureDatabase);
        long postgresReady = System.nanoTime();
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, controllerPort, reset,
                    Duration.ofSeconds(120));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        System.out.printf("PostgreSQL ready on localhost:%d in %d ms (databases: lead, prospect, proposal, "
                + "contract, fulfillment)%n", postgresPort, (postgresReady - started) / 1_000_000);
        System.out.printf("Kafka ready on %s in %d ms%n", kafka.bootstrapServers(),
                (System.nanoTime() - postgresReady) / 1_000_000);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "local-stack-stop"));
        System.out.println("READY");
        stopped.await();
    }
}
