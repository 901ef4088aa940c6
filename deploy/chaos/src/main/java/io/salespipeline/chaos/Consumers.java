package io.salespipeline.chaos;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which services take in which topic, as their own configuration says: every
 * {@code mp.messaging.incoming.<channel>.topic} of a service's application.properties. {@link Whole}
 * checks that what was published reached each of them.
 */
final class Consumers {

    private static final String INCOMING = "mp.messaging.incoming.";

    private Consumers() {
    }

    /** Topic → the services (as {@link Cluster#SERVICES} names them) that consume it. */
    static Map<String, List<String>> of(Path root) {
        Map<String, List<String>> consumers = new TreeMap<>();
        for (String service : Cluster.SERVICES) {
            Properties properties = new Properties();
            Path file = root.resolve(service + "-service/src/main/resources/application.properties");
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(INCOMING) && key.endsWith(".topic")) {
                    List<String> services = consumers.computeIfAbsent(properties.getProperty(key).strip(), t -> new ArrayList<>());
                    if (!services.contains(service)) {
                        services.add(service);
                    }
                }
            }
        }
        return consumers;
    }
}
