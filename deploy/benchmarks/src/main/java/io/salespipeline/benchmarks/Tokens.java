package io.salespipeline.benchmarks;

import java.nio.file.Path;
import java.util.Map;

/** Authentication for the benchmark's calls: none until the security core (issue 7) is merged. */
final class Tokens {

    private Tokens() {
    }

    /** Configuration lead-service needs to verify the benchmark's tokens. */
    static Map<String, String> serviceConfig(Path work) {
        return Map.of();
    }

    /** A bearer token of a sales manager (sees every lead), or null when the service needs none. */
    static String salesManager(Path work) {
        return null;
    }
}
