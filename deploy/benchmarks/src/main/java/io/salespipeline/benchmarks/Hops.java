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
 *
 * <p>Each hop is also split where the records allow: the relay's acknowledgement (the outbox row's
 * published_at, set once the broker acknowledged it) and the start of the consuming transaction
 * (processed_event.processed_at, PostgreSQL's {@code now()} of that transaction, whose first
 * statement records the event): before it is the relay, the broker and the consumer's fetch,
 * after it the consumer's own work.
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

    /**
     * A hop of one deal: when the cause was stored, how long until the next record was, and of that
     * how long until the relay had the broker's acknowledgement and until the consuming transaction
     * began (-1 when the records do not tell).
     */
    record Timed(Instant cause, long micros, long relayMicros, long pickupMicros) {

        /** The consuming transaction's own share: from its start to the next record. */
        long consumerMicros() {
            return pickupMicros < 0 ? -1 : micros - pickupMicros;
        }
    }

    /** The causing event of one deal in the upstream outbox. */
    private record Cause(String eventId, Instant occurred, Instant published) {
    }

    /** For each hop (in ALL's order), each deal's timing, by dealId. */
    static List<Map<String, Timed>> read(int postgresPort) throws SQLException {
        return ALL.stream().map(hop -> {
            try {
                Map<String, Cause> causes = causes(postgresPort, hop);
                Map<String, Instant> records = times(postgresPort, hop.downstream(), hop.recordQuery());
                Map<String, Instant> consumed = times(postgresPort, hop.downstream(),
                        "select event_id, processed_at from processed_event");
                Map<String, Timed> timed = new HashMap<>();
                causes.forEach((deal, cause) -> {
                    Instant next = records.get(deal);
                    if (next != null) {
                        Instant began = consumed.get(cause.eventId());
                        timed.put(deal, new Timed(cause.occurred(), micros(cause.occurred(), next),
                                cause.published() == null ? -1 : micros(cause.occurred(), cause.published()),
                                began == null ? -1 : micros(cause.occurred(), began)));
                    }
                });
                return timed;
            } catch (SQLException e) {
                throw new IllegalStateException("reading the " + hop.name() + " hop: " + e.getMessage(), e);
            }
        }).toList();
    }

    private static long micros(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) * 1_000_000 + (to.getNano() - from.getNano()) / 1000;
    }

    /** Each deal's first event of the hop's type, with its id and when the relay had it acknowledged. */
    private static Map<String, Cause> causes(int port, Hop hop) throws SQLException {
        Map<String, Cause> causes = new HashMap<>();
        query(port, hop.upstream(), "select distinct on (deal_id) deal_id::text, id::text, occurred_at, published_at "
                + "from outbox_message where event_type = '" + hop.eventType() + "' order by deal_id, occurred_at",
                rows -> {
                    OffsetDateTime published = rows.getObject(4, OffsetDateTime.class);
                    causes.put(rows.getString(1), new Cause(rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(),
                            published == null ? null : published.toInstant()));
                });
        return causes;
    }

    private static Map<String, Instant> times(int port, String service, String query) throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        query(port, service, query, rows -> times.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant()));
        return times;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(int port, String service, String query, Row row) throws SQLException {
        ServiceDatabase database = ServiceDatabase.of(service);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(port), database.user(),
                database.password()); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }
}
