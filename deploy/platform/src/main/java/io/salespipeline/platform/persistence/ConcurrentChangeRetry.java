package io.salespipeline.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetriedOnConcurrentChange} use case again when its transaction lost a race on a
 * record's version. Its priority places it outside {@code @Transactional} (platform-before + 200),
 * so every attempt is a whole new transaction that reads the records anew. A short random pause
 * lets the winner commit first; after the last attempt the failure goes on to the client (409).
 */
@RetriedOnConcurrentChange
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConcurrentChangeRetry {

    /** Two writers of one record settle in one retry; this many covers a small crowd of them. */
    static final int ATTEMPTS = 4;

    private static final Logger LOG = Logger.getLogger(ConcurrentChangeRetry.class);

    private final TransactionManager transactions;

    @Inject
    public ConcurrentChangeRetry(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retried(InvocationContext invocation) throws Exception {
        if (insideTransaction()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception failure) {
                if (attempt >= ATTEMPTS || !ConcurrentChange.caused(failure)) {
                    throw failure;
                }
                LOG.debugf("%s lost a race on a record's version (attempt %d); running it again",
                        invocation.getMethod().getName(), attempt);
                Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * attempt));
            }
        }
    }

    private boolean insideTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
