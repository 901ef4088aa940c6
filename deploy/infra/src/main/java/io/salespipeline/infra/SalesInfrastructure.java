package io.salespipeline.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The Quarkus test resource every service's tests use: a real PostgreSQL (the service's own
 * database and role) and a real Kafka broker, and the public key and issuer of this JVM's test
 * tokens ({@link io.salespipeline.infra.testing.Tokens}). With {@code -Dsales.infra=containers} it steps
 * aside and Quarkus Dev Services start both with Testcontainers instead (needs Docker).
 * Init arg {@code database}: the service's database name (lead, prospect, ...).
 */
public class SalesInfrastructure implements QuarkusTestResourceLifecycleManager {

    private ServiceDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        String name = initArgs.get("database");
        if (name == null) {
            throw new IllegalArgumentException("SalesInfrastructure needs the init arg 'database'");
        }
        database = ServiceDatabase.of(name);
    }

    @Override
    public Map<String, String> start() {
        if ("containers".equals(System.getProperty("sales.infra"))) {
            return TokenKeys.forTests().serviceConfig();
        }
        return EmbeddedInfrastructure.shared().serviceConfig(database);
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped when the JVM exits.
    }
}
