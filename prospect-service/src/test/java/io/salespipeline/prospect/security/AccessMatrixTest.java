package io.salespipeline.prospect.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.AccessMatrix;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every operation of this service's OpenAPI document, for every principal, as src/test/resources/access-matrix.md says. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class AccessMatrixTest {

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryPrincipalAsTheMatrixSays() {
        return AccessMatrix.of("access-matrix.md").tests();
    }
}
