package io.salespipeline.infra.testing;

/**
 * The set-up of a stage's test of {@code sales.deal.access-changed}: signed in as a sales manager,
 * and {@link DealAccessChecks} for the stage's records. A subclass names its stage and record path
 * ({@code super("CONTRACT", "/api/contracts/{id}")}) and gives each check a record of a deal.
 */
public abstract class DealAccessTest extends SalesManagerTest {

    private final String stage;
    private final String path;

    protected DealAccessTest(String stage, String path) {
        this.stage = stage;
        this.path = path;
    }

    protected DealAccessChecks checks() {
        return new DealAccessChecks(kafka(), stage, path);
    }
}
