package io.salespipeline.lead.application.search;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * New leads enter the trigram search index (V31 lead_search_trgm) through its pending list: GIN's
 * fast update. Whichever insert finds that list past gin_pending_list_limit (4 MB) merges it into
 * the index there and then, and the new leads waiting on that commit stall for tens of
 * milliseconds. Merging the list every second from here keeps it short, so no request pays.
 * The service's database role owns the index (it runs the migrations); where it does not, the
 * merge is left to PostgreSQL as before. {@code sales.lead-search.merge-pending-every} (default
 * 1s; {@code off} turns it off).
 */
@ApplicationScoped
public class SearchIndexUpkeep {

    private static final Logger LOG = Logger.getLogger(SearchIndexUpkeep.class);

    @Inject
    DataSource dataSource;

    private volatile boolean allowed = true;

    @Scheduled(every = "${sales.lead-search.merge-pending-every:1s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void mergeRegularly() {
        if (allowed) {
            mergePendingEntries();
        }
    }

    /** Merges the pending list now; answers how many of its pages were merged. */
    long mergePendingEntries() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet merged = statement.executeQuery("select gin_clean_pending_list('lead_search_trgm'::regclass)")) {
            merged.next();
            return merged.getLong(1);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                allowed = false;
                LOG.warn("The database role does not own lead_search_trgm: its pending list is merged by inserts and autovacuum");
            } else {
                LOG.debugf(e, "Merging the search index's pending list failed; the next run tries again");
            }
            return 0;
        }
    }
}
