package io.salespipeline.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

/** What the tests of the checks expect of the findings a broken object gives. */
final class Findings {

    private Findings() {
    }

    /** Exactly one finding, and it says all of these. */
    static void one(List<String> findings, String... says) {
        assertEquals(1, findings.size(), findings.toString());
        for (String s : says) {
            assertTrue(findings.getFirst().contains(s), findings + " should say " + s);
        }
    }

    /** Some finding says all of these (a misspelt required field is also reported as missing). */
    static void some(List<String> findings, String... says) {
        assertTrue(findings.stream().anyMatch(f -> Arrays.stream(says).allMatch(f::contains)),
                findings + " should have one saying " + String.join(", ", says));
    }
}
