package io.salespipeline.lead.acrossstages;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A witness on the outbox producer (test profile): whenever the broker acknowledges a record, it
 * looks whether a database session of the service sits in an open transaction that read the
 * outbox. The relay must await the broker outside any transaction: Mutiny carries a transaction
 * open while awaiting to the thread that completes the send, and its commit then fails now and
 * then ("Commit ... invoked while multiple threads active").
 */
public class SendsOutsideTransactions implements ProducerInterceptor<String, String> {

    static final AtomicInteger ACKNOWLEDGED = new AtomicInteger();
    static final AtomicInteger ACKNOWLEDGED_IN_A_TRANSACTION = new AtomicInteger();

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
                ResultSet open = query.executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and state = 'idle in transaction' "
                        + "and query ilike '%from outbox_message%'")) {
            open.next();
            if (open.getLong(1) > 0) {
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
