package io.salespipeline.chaos;

import io.salespipeline.infra.AotCache;
import io.salespipeline.infra.KafkaBroker;
import io.salespipeline.infra.Ports;
import io.salespipeline.infra.PostgresServer;
import io.salespipeline.infra.ServiceDatabase;
import io.salespipeline.infra.TokenKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Everything the harness runs: a durable PostgreSQL, the Kafka broker in its own JVM and two
 * replicas of every service (same database, same consumer groups, different ports). The broker
 * and the database keep their data directories and ports across the restarts the faults need.
 */
final class Cluster implements AutoCloseable {

    static final List<String> SERVICES = List.of("lead", "prospect", "proposal", "contract", "fulfillment");
    static final int REPLICAS = 2;

    final Settings settings;
    final TokenKeys keys;
    private final int postgresPort = Ports.free();
    private final int kafkaPort = Ports.free();
    private final int controllerPort = Ports.free();
    private volatile PostgresServer postgres;
    private volatile KafkaBroker broker;
    final Map<String, List<Replica>> replicas = new LinkedHashMap<>();
    /** lead-service's web-form token secret: one for both replicas, so either verifies what the other signed. */
    private final String webFormSecret = randomHex(32);

    Cluster(Settings settings) {
        this.settings = settings;
        this.keys = TokenKeys.local(settings.work());
    }

    void start() throws Exception {
        Path work = settings.work();
        postgres = PostgresServer.start(work.resolve("postgres"), postgresPort, true, true);
        broker = KafkaBroker.start(work.resolve("kafka"), kafkaPort, controllerPort, true, Duration.ofSeconds(120));
        for (String service : SERVICES) {
            ServiceDatabase database = ServiceDatabase.of(service);
            postgres.ensureDatabase(database);
            List<Replica> group = new ArrayList<>();
            for (int i = 1; i <= REPLICAS; i++) {
                group.add(new Replica(service, i, Ports.free(), settings.app(service + "-service"),
                        config(service, database, i), work.resolve("logs").resolve(service + ".log")));
            }
            replicas.put(service, group);
        }
        if (settings.aotCache()) {
            trainCaches();
        }
        // One replica after another (the first of each migrates its database): ten JVMs starting at
        // once on shared cores each take longer than ServiceProcess waits.
        for (List<Replica> group : replicas.values()) {
            group.get(0).start();
        }
        for (List<Replica> group : replicas.values()) {
            group.get(1).start();
        }
    }

    /**
     * Each service's JDK AOT cache ({@link AotCache}, kept in {@code target/aot} across runs of one
     * build): a service without one is started once as a training run (which also migrates its
     * database) and stopped, writing it; every replica then starts from it, restarts included.
     * The five train at once, before the load, so no fault's recovery pays for it.
     */
    private void trainCaches() throws InterruptedException {
        Path caches = settings.root().resolve("deploy/chaos/target/aot");
        ExecutorService training = Executors.newFixedThreadPool(SERVICES.size());
        for (String service : SERVICES) {
            AotCache cache = AotCache.of(caches, service, settings.app(service + "-service").getParent());
            Replica first = replicas.get(service).get(0);
            training.submit(() -> {
                if (cache.trains()) {
                    cache.trained(first.train(cache.jvmOptions()));
                }
                if (cache.exists()) {
                    replicas.get(service).forEach(replica -> replica.useCache(cache.jvmOptions()));
                }
                return null;
            });
        }
        training.shutdown();
        training.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Which services start from an AOT cache. */
    List<String> cached() {
        return replicas.entrySet().stream().filter(group -> group.getValue().get(0).cached()).map(Map.Entry::getKey).toList();
    }

    private Map<String, String> config(String service, ServiceDatabase database, int replica) {
        Map<String, String> config = new HashMap<>(keys.serviceConfig());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl(postgresPort));
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        config.put("quarkus.http.host", "127.0.0.1");
        config.put("quarkus.management.host", "127.0.0.1");
        if (service.equals("lead")) {
            config.put("sales.web-forms.token-secret", webFormSecret);
        }
        return config;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    int postgresPort() {
        return postgresPort;
    }

    List<Replica> all() {
        return replicas.values().stream().flatMap(List::stream).toList();
    }

    /** SIGKILL of the broker's JVM. */
    void killBroker() {
        ProcessHandle.of(broker.pid()).ifPresent(handle -> {
            handle.destroyForcibly();
            handle.onExit().join();
        });
    }

    /**
     * Starts the broker again; it counts as started once every partition has its leader again
     * ({@link KafkaBroker#start}): until then that is its own start (its down time), not the
     * system's recovery.
     */
    void startBroker() {
        broker = KafkaBroker.start(settings.work().resolve("kafka"), kafkaPort, controllerPort, false,
                Duration.ofSeconds(120));
    }

    /** A clean stop of PostgreSQL (every connection is cut); its data stays. */
    void stopDatabase() {
        postgres.close();
    }

    void startDatabase() {
        postgres = PostgresServer.start(settings.work().resolve("postgres"), postgresPort, true, false);
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Stops everything once (the harness's end, or its shutdown hook on Ctrl-C/SIGTERM). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ExecutorService stopping = Executors.newFixedThreadPool(4);
        all().forEach(replica -> stopping.submit(replica::stop));
        stopping.shutdown();
        try {
            stopping.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (RuntimeException e) {
                // already stopped
            }
        }
        // A replica that was starting when the harness stopped is not registered as running yet:
        // nothing the harness started may outlive it.
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
