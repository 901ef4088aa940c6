package io.salespipeline.lead.acrossstages;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A witness on the outbox producer (test profile): whenever the broker acknowledges a record, it
 * looks whether a database session of the service sits in an open transaction that read the
 * outbox. Only the relay selects from it in a transaction; an erasure deletes a person's relayed
 * rows in a transaction of its own, which may be open meanwhile and is no concern here. The relay
 * must await the broker outside any transaction: Mutiny carries a transaction open while awaiting
 * to the thread that completes the send, and its commit then fails now and then ("Commit ...
 * invoked while multiple threads active").
 */
public class SendsOutsideTransactions implements ProducerInterceptor<String, String> {

    static final AtomicInteger ACKNOWLEDGED = new AtomicInteger();
    static final AtomicInteger ACKNOWLEDGED_IN_A_TRANSACTION = new AtomicInteger();
    /** The sessions seen in such a transaction, for the failure message. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private Connection database;

    @Override
    public void configure(Map<String, ?> configs) {
        try {
            database = DriverManager.getConnection((String) configs.get("witness.jdbc.url"),
                    (String) configs.get("witness.jdbc.user"), (String) configs.get("witness.jdbc.password"));
        } catch (SQLException e) {
            throw new IllegalStateException("The witness cannot reach the database", e);
        }
    }

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
        return record;
    }

    @Override
    public synchronized void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        ACKNOWLEDGED.incrementAndGet();
        try (Statement query = database.createStatement();
                ResultSet open = query.executeQuery("select pid, application_name, backend_start, xact_start, "
                        + "state_change, clock_timestamp(), query from pg_stat_activity "
                        + "where datname = current_database() and state = 'idle in transaction' "
                        + "and query ilike 'select%from outbox_message%'")) {
            boolean seen = false;
            while (open.next()) {
                seen = true;
                SEEN.add("pid %s app '%s' backend %s xact %s state %s now %s thread %s: %s".formatted(open.getInt(1),
                        open.getString(2), open.getString(3), open.getString(4), open.getString(5), open.getString(6),
                        Thread.currentThread().getName(), open.getString(7)));
            }
            if (seen) {
                ACKNOWLEDGED_IN_A_TRANSACTION.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            database.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
