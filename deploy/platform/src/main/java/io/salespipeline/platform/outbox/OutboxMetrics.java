package io.salespipeline.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The outbox as Prometheus sees it, read at each scrape: {@code sales_outbox_backlog} (events
 * waiting for the relay) and {@code sales_outbox_oldest_unpublished_seconds} (how long the oldest
 * has waited; 0 when none waits). Both are NaN while the database is out of reach.
 */
@ApplicationScoped
class OutboxMetrics {

    @Inject
    AgroalDataSource dataSource;

    void register(@Observes StartupEvent start, MeterRegistry meters) {
        Gauge.builder("sales.outbox.backlog", this, metrics -> metrics.read(false))
                .description("Events stored in the outbox and not yet published")
                .register(meters);
        Gauge.builder("sales.outbox.oldest.unpublished", this, metrics -> metrics.read(true))
                .description("How long the oldest unpublished event has waited (0 when none waits)")
                .baseUnit("seconds")
                .register(meters);
    }

    private double read(boolean oldestAge) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*), "
                        + "coalesce(extract(epoch from now() - min(occurred_at)), 0) "
                        + "from outbox_message where published_at is null")) {
            query.setQueryTimeout(2);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return oldestAge ? result.getDouble(2) : result.getLong(1);
            }
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
