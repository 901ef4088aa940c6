package io.salespipeline.lead;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/**
 * This service's live OpenAPI document is one clients can be generated from (deploy/infra
 * OpenApiChecks); it is also written to target/openapi.json for the linters and generators.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class OpenApiDocumentTest {

    @Test
    void everyOperationIsDocumentedForClientGeneration() {
        OpenApiChecks.live().assertClientReady();
    }
}
