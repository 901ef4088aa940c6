package io.salespipeline.benchmarks;

import io.salespipeline.infra.TokenKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's calls authenticate like the local run's: a key pair kept in the run
 * directory (TokenKeys.local), its public key and issuer given to lead-service, and a sales
 * manager's token (sees every lead) or a seller's signed with it.
 */
final class Tokens {

    private Tokens() {
    }

    /** Configuration lead-service needs to verify the benchmark's tokens. */
    static Map<String, String> serviceConfig(Path work) {
        TokenKeys keys = TokenKeys.local(work);
        return Map.of("mp.jwt.verify.publickey.location", keys.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", keys.issuer(), "mp.jwt.verify.audiences", keys.audience());
    }

    /** A bearer token of a seller (sees the leads they own or that are shared with them). */
    static String seller(Path work, String subject) {
        TokenKeys keys = TokenKeys.local(work);
        return keys.sign(subject, List.of("seller"), Instant.now().plus(Duration.ofHours(8)));
    }

    /** A bearer token of a sales manager, valid for the whole run. */
    static String salesManager(Path work) {
        TokenKeys keys = TokenKeys.local(work);
        return keys.sign("max.manager", List.of("sales-manager"), Instant.now().plus(Duration.ofHours(8)));
    }
}
