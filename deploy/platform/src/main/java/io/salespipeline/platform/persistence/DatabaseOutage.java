package io.salespipeline.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being unavailable (down, restarting, unreachable, out
 * of connections, refusing the service's login) from every other failure: that one passes by itself once the database is back,
 * so a request answers 503 and an event is tried again until then. Frameworks wrap the driver's
 * exception (Hibernate, the transaction manager, Quarkus), so the whole chain is searched: causes,
 * suppressed exceptions (the transaction manager adds a failed commit's reason there) and the
 * driver's chained {@link SQLException#getNextException() next exceptions}.
 */
public final class DatabaseOutage {

    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (starting up), too_many_connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    /** Whether the database being unavailable caused this failure (anywhere in its chain). */
    public static boolean caused(Throwable failure) {
        return FailureChain.any(failure, DatabaseOutage::unavailable);
    }

    private static boolean unavailable(Throwable link) {
        if (link instanceof JDBCConnectionException || link instanceof SQLTransientConnectionException) {
            return true;
        }
        if (!(link instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state != null) {
            // Class 08: connection exceptions (refused, broken, closed, timed out on the socket).
            // Class 28: the login is refused (a password rotated in the database before the
            // service's Secret): the service cannot reach its data until an operator fixes it.
            return state.startsWith("08") || state.startsWith("28") || UNAVAILABLE_STATES.contains(state);
        }
        // The pool found no connection in time (Agroal: "Sorry, acquisition timeout!"): without a
        // SQLState, its message is all it says.
        String message = sql.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
