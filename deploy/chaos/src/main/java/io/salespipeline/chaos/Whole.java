package io.salespipeline.chaos;

import io.salespipeline.infra.ServiceDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "The system is whole again", for a system that runs two replicas of every service:
 * <ul>
 * <li>every service serves: at least one replica of each answers /q/health/ready 200;</li>
 * <li>what is written goes out: no outbox holds an unpublished event older than {@value #STALE_SECONDS} s;</li>
 * <li>what is published is taken in: every event published more than {@value #STALE_SECONDS} s ago
 * (its outbox {@code published_at}) is in the inbox ({@code processed_event}, by its CloudEvent id =
 * the outbox id) of every service that consumes its topic ({@link Consumers}).</li>
 * </ul>
 * Checked through the databases with each service's own role, over the last {@value #WINDOW_SECONDS} s
 * of published events (a fault's watch gives up after as long). One check runs at a time and every
 * watcher shares it, so the databases see a few statements every {@value #POLL_MILLIS} ms however
 * many faults are being watched.
 */
final class Whole {

    static final int STALE_SECONDS = 3;
    static final int WINDOW_SECONDS = 180;
    static final int POLL_MILLIS = 250;

    /**
     * One check: what kept the system from being whole ({@code null}: nothing, it was whole), and
     * when the check began and ended (System.nanoTime).
     */
    private record Check(String blocker, long began, long ended) {
        boolean whole() {
            return blocker == null;
        }
    }

    /**
     * A fault's recovery: milliseconds until whole (-1: not within the watch), and the condition of
     * "whole" that failed longest meanwhile, with how long (the checks that found it, end to end).
     */
    record Recovery(long millis, String heldLongest, long heldMillis) {
        String describe() {
            return heldLongest == null ? "" : String.format("held longest by: %s (%.1f s)", heldLongest, heldMillis / 1000.0);
        }
    }

    private final Cluster cluster;
    private final Map<String, List<String>> consumers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /** "service/eventId" of events seen in that service's inbox: each is looked up until found, then never again. */
    private final Set<String> takenIn = ConcurrentHashMap.newKeySet();
    private final Map<String, Connection> connections = new HashMap<>();
    private volatile Check last = new Check("not checked yet", Long.MIN_VALUE, Long.MIN_VALUE);

    Whole(Cluster cluster) {
        this.cluster = cluster;
        this.consumers = Consumers.of(cluster.settings.root());
    }

    /** Milliseconds from now until whole, or -1 after {@code within}. */
    long await(Duration within) {
        return await(System.nanoTime(), within).millis();
    }

    /** From {@code since} (System.nanoTime) until a check begun after it found the system whole. */
    Recovery await(long since, Duration within) {
        Map<String, Long> held = new HashMap<>();
        Check previous = null;
        while (System.nanoTime() - since < within.toNanos()) {
            Check check = checkBegunAfter(since);
            if (previous != null && !previous.whole() && check.began() != previous.began()) {
                // The time from one check to the next is put down to what the first one found.
                held.merge(previous.blocker(), (check.ended() - previous.ended()) / 1_000_000, Long::sum);
            }
            if (check.whole()) {
                return recovery(Math.max(0, (check.ended() - since) / 1_000_000), held);
            }
            previous = check;
            Balancer.sleep(POLL_MILLIS);
        }
        return recovery(-1, held);
    }

    private static Recovery recovery(long millis, Map<String, Long> held) {
        return held.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(longest -> new Recovery(millis, longest.getKey(), longest.getValue()))
                .orElse(new Recovery(millis, null, 0));
    }

    private synchronized Check checkBegunAfter(long since) {
        if (last.began() < since || System.nanoTime() - last.began() >= POLL_MILLIS * 1_000_000L) {
            long began = System.nanoTime();
            String blocker = notServing();
            if (blocker == null) {
                blocker = outboxBehind();
            }
            if (blocker == null) {
                blocker = inboxBehind();
            }
            last = new Check(blocker, began, System.nanoTime());
        }
        return last;
    }

    /** The first service none of whose replicas is ready, or null. */
    private String notServing() {
        for (Map.Entry<String, List<Replica>> service : cluster.replicas.entrySet()) {
            if (service.getValue().stream().noneMatch(this::ready)) {
                return service.getKey() + ": no replica ready";
            }
        }
        return null;
    }

    /** The first service whose outbox holds an event unpublished for too long, or null. */
    private String outboxBehind() {
        for (String service : Cluster.SERVICES) {
            try (Statement statement = connection(service).createStatement();
                    ResultSet stale = statement.executeQuery("select count(*) from outbox_message "
                            + "where published_at is null and occurred_at < now() - interval '" + STALE_SECONDS + " seconds'")) {
                stale.next();
                if (stale.getLong(1) > 0) {
                    return service + ": outbox has unpublished events older than " + STALE_SECONDS + " s";
                }
            } catch (SQLException e) {
                dropConnection(service);
                return service + ": its database does not answer the check";
            }
        }
        return null;
    }

    /** The first service that has not taken in an event published to it a while ago, naming the topic, or null. */
    private String inboxBehind() {
        Map<String, List<String>> awaited = new HashMap<>();
        Map<String, String> topicOf = new HashMap<>();
        for (String producer : Cluster.SERVICES) {
            try (PreparedStatement published = connection(producer).prepareStatement("select id::text, topic from outbox_message "
                    + "where published_at > now() - interval '" + WINDOW_SECONDS + " seconds' "
                    + "and published_at < now() - interval '" + STALE_SECONDS + " seconds' and topic = any(?)")) {
                published.setArray(1, published.getConnection().createArrayOf("varchar", consumers.keySet().toArray()));
                try (ResultSet rows = published.executeQuery()) {
                    while (rows.next()) {
                        for (String consumer : consumers.get(rows.getString(2))) {
                            if (!takenIn.contains(consumer + "/" + rows.getString(1))) {
                                awaited.computeIfAbsent(consumer, c -> new ArrayList<>()).add(rows.getString(1));
                                topicOf.put(rows.getString(1), rows.getString(2));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                dropConnection(producer);
                return producer + ": its database does not answer the check";
            }
        }
        for (Map.Entry<String, List<String>> consumer : awaited.entrySet()) {
            String service = consumer.getKey();
            try (PreparedStatement processed = connection(service).prepareStatement(
                    "select event_id from processed_event where event_id = any(?)")) {
                processed.setArray(1, processed.getConnection().createArrayOf("varchar", consumer.getValue().toArray()));
                Set<String> found = new java.util.HashSet<>();
                try (ResultSet rows = processed.executeQuery()) {
                    while (rows.next()) {
                        takenIn.add(service + "/" + rows.getString(1));
                        found.add(rows.getString(1));
                    }
                }
                List<String> missing = consumer.getValue().stream().filter(id -> !found.contains(id)).toList();
                if (!missing.isEmpty()) {
                    return String.format("%s: published events not taken in (%s)", service,
                            missing.stream().map(topicOf::get).distinct().sorted().collect(java.util.stream.Collectors.joining(", ")));
                }
            } catch (SQLException e) {
                dropConnection(service);
                return service + ": its database does not answer the check";
            }
        }
        return null;
    }

    private boolean ready(Replica replica) {
        String management = replica.managementUri();
        if (management == null) {
            return false;
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create(management + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The checks' own connection to a service's database (kept open; dropped when it fails). */
    private Connection connection(String service) throws SQLException {
        Connection connection = connections.get(service);
        if (connection == null) {
            connection = connect(service);
            connections.put(service, connection);
        }
        return connection;
    }

    private void dropConnection(String service) {
        Connection connection = connections.remove(service);
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken
            }
        }
    }

    long count(String service, String query) throws SQLException {
        try (Connection connection = connect(service); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    Connection connect(String service) throws SQLException {
        ServiceDatabase database = ServiceDatabase.of(service);
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        // Bounded, so that a check never hangs on a database that went away.
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        properties.setProperty("socketTimeout", "10");
        return DriverManager.getConnection(database.jdbcUrl(cluster.postgresPort()), properties);
    }
}
