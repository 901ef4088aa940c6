package io.salespipeline.benchmarks;

import io.salespipeline.infra.ServiceDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-offs of a deal between services, timed from the services' own records after the run:
 * from the moment the causing change stored its event in its outbox (outbox_message.occurred_at,
 * set in the transaction that commits the change) to the creation of the next stage's record
 * (its created_at, set in the transaction that consumes the event). Both are the services' clock
 * inside their transactions, a few milliseconds before each commit: the difference is the
 * commit-to-commit time but for the two transactions' own tails.
 */
final class Hops {

    /** One hop: the causing event in the upstream service's outbox, the record it makes downstream. */
    record Hop(String name, String upstream, String eventType, String downstream, String recordQuery) {
    }

    static final List<Hop> ALL = List.of(
            new Hop("lead→prospect", "lead", "io.salespipeline.lead.LeadQualified.v1", "prospect",
                    "select deal_id::text, min(created_at) from prospect group by deal_id"),
            new Hop("prospect→proposal", "prospect", "io.salespipeline.prospect.ProspectReadyForProposal.v1", "proposal",
                    "select deal_id::text, min(created_at) from proposal group by deal_id"),
            new Hop("proposal→contract", "proposal", "io.salespipeline.proposal.ProposalAccepted.v1", "contract",
                    "select deal_id::text, min(created_at) from contract group by deal_id"),
            new Hop("contract→order", "contract", "io.salespipeline.contract.DealClosed.v1", "fulfillment",
                    "select deal_id::text, min(created_at) from orders where kind = 'FIRST' group by deal_id"));

    /** A hop of one deal: when the cause was stored and how long until the next record was. */
    record Timed(Instant cause, long micros) {
    }

    /** For each hop (in ALL's order), each deal's timing, by dealId. */
    static List<Map<String, Timed>> read(int postgresPort) throws SQLException {
        return ALL.stream().map(hop -> {
            try {
                Map<String, Instant> causes = times(postgresPort, hop.upstream(), "select deal_id::text, min(occurred_at) "
                        + "from outbox_message where event_type = '" + hop.eventType() + "' group by deal_id");
                Map<String, Instant> records = times(postgresPort, hop.downstream(), hop.recordQuery());
                Map<String, Timed> timed = new HashMap<>();
                causes.forEach((deal, cause) -> {
                    Instant next = records.get(deal);
                    if (next != null) {
                        long micros = (next.getEpochSecond() - cause.getEpochSecond()) * 1_000_000
                                + (next.getNano() - cause.getNano()) / 1000;
                        timed.put(deal, new Timed(cause, micros));
                    }
                });
                return timed;
            } catch (SQLException e) {
                throw new IllegalStateException("reading the " + hop.name() + " hop: " + e.getMessage(), e);
            }
        }).toList();
    }

    private static Map<String, Instant> times(int port, String service, String query) throws SQLException {
        ServiceDatabase database = ServiceDatabase.of(service);
        Map<String, Instant> times = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(port), database.user(),
                database.password()); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                times.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
            }
        }
        return times;
    }
}
