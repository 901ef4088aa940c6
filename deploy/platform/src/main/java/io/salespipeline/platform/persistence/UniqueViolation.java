package io.salespipeline.platform.persistence;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Tells a failure caused by a unique index refusing a row (PostgreSQL's SQLSTATE 23505), wherever
 * in the chain it is found: typically a concurrent request stored the same thing first.
 */
public final class UniqueViolation {

    private static final String SQLSTATE = "23505";

    private UniqueViolation() {
    }

    public static boolean caused(Throwable failure) {
        return FailureChain.any(failure, link -> link instanceof SQLException sql && SQLSTATE.equals(sql.getSQLState())
                || link instanceof ConstraintViolationException violation
                        && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE);
    }
}
