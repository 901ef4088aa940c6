package io.salespipeline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void aUniqueIndexRefusingTheRowIsOneHoweverItIsWrapped() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint \"lead_email\"", "23505");
        assertTrue(UniqueViolation.caused(new PersistenceException("insert", duplicate)));
        assertTrue(UniqueViolation.caused(new ConstraintViolationException("insert", new SQLException("x"),
                ConstraintViolationException.ConstraintKind.UNIQUE, "lead_email")));
    }

    @Test
    void aFailedCommitNamesItAmongSuppressedExceptions() {
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("ARJUNA016053");
        rollback.addSuppressed(new SQLException("duplicate key value", "23505"));
        assertTrue(UniqueViolation.caused(new IllegalStateException("commit", rollback)));
    }

    @Test
    void otherConstraintsAndOtherFailuresAreNot() {
        assertFalse(UniqueViolation.caused(new PersistenceException("insert",
                new SQLException("null value in column \"email\"", "23502"))));
        assertFalse(UniqueViolation.caused(new ConstraintViolationException("insert", new SQLException("x"),
                ConstraintViolationException.ConstraintKind.FOREIGN_KEY, "lead_fk")));
        assertFalse(UniqueViolation.caused(new OptimisticLockException("version")));
        assertFalse(UniqueViolation.caused(null));
    }
}
