package io.salespipeline.proposal.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Fuzzer;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.Drafts;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hostile values to every operation (deploy/infra Fuzzer), on a real draft with a catalogue line. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class FuzzTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileInputCheaplyAndChangesNothing() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        String proposalId = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(proposalId, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"5\"}");
        return Fuzzer.of("access-matrix.md")
                .withValue("proposals/id", () -> proposalId)
                .withValue("sku", () -> "PIPE-CRM-SEAT")
                .withValue("lineNo", () -> "1")
                .withWitness("/api/proposals/{id}")
                .withWitness("/api/products/{sku}")
                .tests();
    }
}
