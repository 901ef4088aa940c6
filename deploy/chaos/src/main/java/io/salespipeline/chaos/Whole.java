package io.salespipeline.chaos;

import io.salespipeline.infra.ServiceDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * "The system is whole again": every replica (after a replica's kill: that replica) is up and
 * ready (/q/health/ready 200), and no
 * service has an event in its outbox that waited more than {@value #STALE_SECONDS} s for the
 * broker (what is written goes out). Faults measure their recovery against it.
 */
final class Whole {

    static final int STALE_SECONDS = 3;

    private final Cluster cluster;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    Whole(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Whole: {@code replica} (every replica if null) ready, and no stale outbox row anywhere. */
    boolean now(Replica replica) {
        return replica == null ? now() : ready(replica) && outboxesFlowing();
    }

    boolean now() {
        for (Replica replica : cluster.all()) {
            if (!ready(replica)) {
                return false;
            }
        }
        return outboxesFlowing();
    }

    private boolean outboxesFlowing() {
        for (String service : Cluster.SERVICES) {
            try {
                if (count(service, "select count(*) from outbox_message where published_at is null and occurred_at < now() - interval '"
                        + STALE_SECONDS + " seconds'") > 0) {
                    return false;
                }
            } catch (SQLException e) {
                return false;
            }
        }
        return true;
    }

    /** Milliseconds from now until whole, polled every 250 ms, or -1 after {@code within}. */
    long await(Duration within) {
        return await(null, within);
    }

    long await(Replica replica, Duration within) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < within.toNanos()) {
            if (now(replica)) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Balancer.sleep(250);
        }
        return -1;
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

    long count(String service, String query) throws SQLException {
        try (Connection connection = connect(service); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    Connection connect(String service) throws SQLException {
        ServiceDatabase database = ServiceDatabase.of(service);
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(database.jdbcUrl(cluster.postgresPort()), database.user(), database.password());
    }
}
