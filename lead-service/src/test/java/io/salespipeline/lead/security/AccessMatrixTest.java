package io.salespipeline.lead.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.AccessMatrix;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of this service's OpenAPI document, for every principal, as
 * src/test/resources/access-matrix.md says; lead-service also takes API keys (valid and revoked).
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class AccessMatrixTest {

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryPrincipalAsTheMatrixSays() {
        return AccessMatrix.of("access-matrix.md")
                .withApiKeys(once(() -> ApiKeysFixture.issue("matrix-crm")),
                        once(() -> ApiKeysFixture.issueAndRevoke("matrix-revoked-crm")))
                .tests();
    }

    private static Supplier<String> once(Supplier<String> issue) {
        String[] key = new String[1];
        return () -> key[0] != null ? key[0] : (key[0] = issue.get());
    }
}
