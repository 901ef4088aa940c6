package io.salespipeline.kafkabroker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * Runs a single-node KRaft broker (broker and controller in one process) from a
 * server.properties file: formats the storage on first start, then runs {@code kafka.Kafka}.
 * With {@code --parent-pid} it also stops when the process that launched it is gone, so a
 * killed test run or launcher never leaves a broker behind.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && "--parent-pid".equals(args[1]))) {
            System.err.println("usage: BrokerMain server.properties [--parent-pid PID]");
            System.exit(2);
        }
        System.setProperty("log4j2.configurationFile",
                BrokerMain.class.getResource("/sales-kafka-log4j2.properties").toString());
        Path config = Path.of(args[0]);
        if (args.length == 3) {
            stopWithParent(Long.parseLong(args[2]));
        }
        formatStorageOnce(config);
        kafka.Kafka.main(new String[] {config.toString()});
    }

    private static void formatStorageOnce(Path config) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            properties.load(in);
        }
        Path logDir = Path.of(properties.getProperty("log.dirs"));
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        int status = kafka.tools.StorageTool.execute(new String[] {"format", "--config", config.toString(),
            "--cluster-id", Uuid.randomUuid().toString(), "--standalone", "--ignore-formatted"}, System.out);
        if (status != 0) {
            System.err.println("Formatting the broker storage in " + logDir + " failed with status " + status);
            System.exit(status);
        }
    }

    private static void stopWithParent(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    // Runs Kafka's shutdown hook: a clean stop, logs flushed.
                    System.exit(0);
                }),
                () -> System.exit(0));
    }
}
