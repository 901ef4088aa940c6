package io.salespipeline.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker (single-node KRaft, broker and controller in one process) from
 * Kafka's own jars, run in a JVM of its own. It stops with the JVM that started it. It has no
 * authentication, so both listeners bind the loopback address only: nothing off this machine can
 * reach it (whatever "localhost" resolves to on the host).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "/META-INF/sales/kafka-broker.classpath";
    static final String LOOPBACK = "127.0.0.1";

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the broker and waits until it answers and every partition has its leader (after a
     * SIGKILL it answers before it has taken them all up again); {@code clean} wipes earlier data first.
     */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort, boolean clean,
            Duration timeout) {
        try {
            if (clean) {
                Directories.deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            Path config = dataDirectory.resolve("server.properties");
            Files.writeString(config, serverProperties(dataDirectory.resolve("logs"), port, controllerPort));
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx512m",
                    "-XX:+UseG1GC", "-Djava.awt.headless=true", "-cp", brokerClasspath(),
                    "io.salespipeline.kafkabroker.BrokerMain", config.toString(),
                    "--parent-pid", Long.toString(ProcessHandle.current().pid())));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("broker.log").toFile()))
                    .start();
            KafkaBroker broker = new KafkaBroker(process, port);
            try {
                broker.awaitReady(timeout, dataDirectory.resolve("broker.log"));
            } catch (RuntimeException e) {
                broker.close(); // interrupted while waiting: no half-started broker left behind
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start in " + dataDirectory, e);
        }
    }

    public String bootstrapServers() {
        return LOOPBACK + ":" + port;
    }

    /** The broker's process id (the fault-injection harness kills it; tests stop it from another class loader). */
    public long pid() {
        return process.pid();
    }

    /** Stops the broker process with the given id as {@link #close()} does (a controlled shutdown, bounded). */
    static void stop(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "; see " + log);
            }
            if (!accepting(port)) {
                sleep(200);
                continue;
            }
            try (Admin admin = Admin.create(config)) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    createPersonKeysTopic(admin);
                    while (!PartitionLeaders.led(admin) && System.nanoTime() < deadline) {
                        Thread.sleep(100);
                    }
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the Kafka broker was starting", e);
            } catch (Exception e) {
                sleep(250);
            }
        }
        close();
        throw new IllegalStateException("Kafka broker not ready within " + timeout + "; see " + log);
    }

    /**
     * Topics are created by use here, with the broker's defaults (kept forever, as the hand-off
     * topics in deploy/k8s topics.yaml); only the people's data keys need settings of their own
     * before first use: compacted, so a key's destruction replaces its key material in the log.
     */
    static final Map<String, String> PERSON_KEYS_CONFIG = Map.of("cleanup.policy", "compact", "retention.ms", "-1",
            "segment.ms", "3600000", "max.compaction.lag.ms", "86400000", "min.cleanable.dirty.ratio", "0.1");

    private static void createPersonKeysTopic(Admin admin) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic("privacy.person-keys", 3, (short) 1).configs(PERSON_KEYS_CONFIG)))
                    .all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            // A local run's broker from before: its topic gets the settings too.
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "privacy.person-keys");
            admin.incrementalAlterConfigs(Map.of(topic, PERSON_KEYS_CONFIG.entrySet().stream()
                    .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()), AlterConfigOp.OpType.SET))
                    .toList())).all().get(10, TimeUnit.SECONDS);
        }
    }

    private static boolean accepting(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Completes with the broker's exit status once its process has ended, however it ended. */
    public CompletableFuture<Integer> exited() {
        return process.onExit().thenApply(Process::exitValue);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    /** Kafka's controlled shutdown (SIGTERM); killed if still running after {@code grace}. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String serverProperties(Path logDirectory, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + LOOPBACK + ":" + controllerPort,
                "listeners=PLAINTEXT://" + LOOPBACK + ":" + port + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + LOOPBACK + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirectory,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // The services' consumers ask for a 3 s session (a dead replica's partitions move on
                // soon); Kafka's default minimum is 6 s.
                "group.min.session.timeout.ms=3000",
                // A restarting broker binds its port well before it accepts: every client of ten
                // replicas connects meanwhile, and Kafka's backlog of 50 drops the attempts beyond it.
                "socket.listen.backlog.size=1024",
                // Restarted after a SIGKILL, the broker re-registers with its controller, which holds the
                // new registration back until the old one's session ran out (9 s by default): 3 s here.
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=1000",
                "log.flush.interval.messages=1000",
                // Records are kept until deleted, as deploy/k8s keeps the hand-off topics (retention.ms -1).
                "log.retention.ms=-1",
                "") ;
    }

    private static String brokerClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build deploy/kafka-broker first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
