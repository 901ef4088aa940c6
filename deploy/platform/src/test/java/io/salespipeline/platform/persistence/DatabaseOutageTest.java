package io.salespipeline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseOutageTest {

    @Test
    void aRefusedOrBrokenConnectionIsAnOutageHoweverDeeplyItIsWrapped() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new java.net.ConnectException("Connection refused"));
        assertTrue(DatabaseOutage.caused(refused));
        assertTrue(DatabaseOutage.caused(new PersistenceException("Unable to acquire JDBC Connection",
                new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException("wrapped", refused)))));
        assertTrue(DatabaseOutage.caused(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(DatabaseOutage.caused(new JDBCConnectionException("lost", null)));
        assertTrue(DatabaseOutage.caused(new java.sql.SQLTransientConnectionException("gone")));
    }

    @Test
    void aServerShuttingDownStartingUpOrOutOfConnectionsIsAnOutage() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300"}) {
            assertTrue(DatabaseOutage.caused(new GenericJDBCException("JDBC exception executing SQL",
                    new SQLException("FATAL", state))), state);
        }
    }

    @Test
    void aRefusedLoginIsAnOutage() {
        assertTrue(DatabaseOutage.caused(new GenericJDBCException("Unable to acquire JDBC Connection",
                new PSQLException("FATAL: password authentication failed for user \"lead\"", PSQLState.INVALID_PASSWORD))));
        assertTrue(DatabaseOutage.caused(new SQLException("FATAL: no pg_hba.conf entry for host", "28000")));
    }

    @Test
    void thePoolFindingNoConnectionInTimeIsAnOutage() {
        assertTrue(DatabaseOutage.caused(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aFailedCommitNamesItsReasonAmongSuppressedExceptionsOrNextExceptions() {
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction");
        commitFailed.initCause(new SQLException("This connection has been closed.", "08003"));
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("ARJUNA016053");
        rollback.addSuppressed(commitFailed);
        assertTrue(DatabaseOutage.caused(new IllegalStateException("commit", rollback)));

        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertTrue(DatabaseOutage.caused(batch));
    }

    @Test
    void otherFailuresAreNoOutage() {
        assertFalse(DatabaseOutage.caused(null));
        assertFalse(DatabaseOutage.caused(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.caused(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key value", "23505"), "uk")));
        assertFalse(DatabaseOutage.caused(new SQLException("invalid input syntax", "22P02")));
        assertFalse(DatabaseOutage.caused(new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseOutage.caused(new SQLException("deadlock detected", "40P01")));
        assertFalse(DatabaseOutage.caused(new SQLException("no state, another message")));
        assertFalse(DatabaseOutage.caused(new OptimisticLockException("changed meanwhile")));
    }

    @Test
    void aCyclicChainEndsTheSearch() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.caused(first));
    }
}
