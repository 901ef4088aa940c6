package io.salespipeline.proposal;

import io.salespipeline.infra.testing.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** This service keeps the layering every service keeps (deploy/infra ArchitectureRules): one test per rule. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> layersDependOnlyAsTheRulesAllow() {
        return ArchitectureRules.of("io.salespipeline.proposal").tests();
    }
}
