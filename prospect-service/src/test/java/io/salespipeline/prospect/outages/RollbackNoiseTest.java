package io.salespipeline.prospect.outages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Handler;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

/**
 * A transaction open when the database goes away cannot be rolled back over its broken
 * connection; Narayana's warning about it (ARJUNA016045) goes to DEBUG, and only that one of its
 * transaction warnings (the platform's microprofile-config.properties).
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class RollbackNoiseTest {

    @Test
    void aRollbackOverABrokenConnectionIsNotWarnedAboutButOtherTransactionWarningsAre() {
        List<Filter> filters = new ArrayList<>();
        collect(LogContext.getLogContext().getLogger("").getHandlers(), filters);
        assertFalse(filters.isEmpty(), "no log handler has a filter");
        for (Filter filter : filters) {
            assertFalse(filter.isLoggable(warning("ARJUNA016045: attempted rollback of < formatId=131077 > "
                    + "(io.agroal.narayana.LocalXAResource@1) failed with exception code XAException.XAER_RMERR")),
                    "ARJUNA016045 passed " + filter);
            assertTrue(filter.isLoggable(warning("ARJUNA016061: TransactionImple.enlistResource - XAResource.start "
                    + "returned: XAException.XAER_RMERR")), "another transaction warning was held back by " + filter);
        }
    }

    private static ExtLogRecord warning(String message) {
        ExtLogRecord record = new ExtLogRecord(Level.WARN, message, ExtLogRecord.FormatStyle.NO_FORMAT,
                RollbackNoiseTest.class.getName());
        record.setLoggerName("com.arjuna.ats.jta");
        return record;
    }

    private static void collect(Handler[] handlers, List<Filter> into) {
        for (Handler handler : handlers) {
            if (handler.getFilter() != null) {
                into.add(handler.getFilter());
            }
            if (handler instanceof ExtHandler nested) {
                collect(nested.getHandlers(), into);
            }
        }
    }
}
