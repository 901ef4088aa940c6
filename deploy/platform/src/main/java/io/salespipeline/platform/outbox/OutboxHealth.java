package io.salespipeline.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness stays UP while the broker is away: the write APIs keep answering and the outbox holds
 * their events. The check says what is degraded instead: how many events wait, since when the
 * oldest waits, and whether the relay reaches the broker.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        RelayState state = relay.state();
        HealthCheckResponseBuilder health = HealthCheckResponse.named("outbox").up()
                .withData("broker", state.broker())
                .withData("degraded", state.failingSince() != null);
        if (state.failingSince() != null) {
            health.withData("relay", "failing since " + state.failingSince() + ": " + state.failure());
        } else {
            health.withData("relay", "publishing");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement backlog = connection.prepareStatement(
                        "select count(*), min(occurred_at) from outbox_message where published_at is null")) {
            backlog.setQueryTimeout(2);
            try (ResultSet result = backlog.executeQuery()) {
                result.next();
                health.withData("backlog", result.getLong(1));
                Timestamp oldest = result.getTimestamp(2);
                if (oldest != null) {
                    health.withData("oldestUnpublishedSeconds",
                            Duration.between(oldest.toInstant(), Instant.now()).toSeconds());
                }
            }
        } catch (SQLException e) {
            health.withData("backlog", "unknown (database unreachable)");
        }
        return health.build();
    }
}
