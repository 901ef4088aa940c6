package io.salespipeline.infra.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up of a stage's test that works the records its consumers make from test events: those
 * have no seller of their own, so every request is signed in as a sales manager (who sees and
 * changes every record), and events go to the broker the service consumes from.
 */
public abstract class SalesManagerTest {

    @BeforeEach
    protected void signInAsSalesManager() {
        Tokens.signIn("max.manager", "sales-manager");
    }

    /** The broker the service under test consumes from ({@code kafka.bootstrap.servers}). */
    protected static String kafka() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
