package io.salespipeline.prospect.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Fuzzer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hostile values to every operation of this service (deploy/infra Fuzzer). */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class FuzzTest {

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesHostileInputCheaplyAndChangesNothing() {
        return Fuzzer.of("access-matrix.md").tests();
    }
}
