package io.salespipeline.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class VerificationConfigCheckTest {

    private static final Map<String, String> COMPLETE = Map.of(
            "mp.jwt.verify.issuer", "https://login.example.com/realms/sales",
            "mp.jwt.verify.audiences", "sales-pipeline",
            "mp.jwt.verify.publickey.location", "https://login.example.com/realms/sales/certs");

    @Test
    void starts_with_issuer_audience_and_key() {
        assertDoesNotThrow(() -> VerificationConfigCheck.check(config(COMPLETE, null)));
    }

    @Test
    void refuses_to_start_without_an_audience() {
        // Without it, a token the same issuer minted for any other application would be accepted.
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> VerificationConfigCheck.check(config(COMPLETE, "mp.jwt.verify.audiences")));
        assertTrue(refused.getMessage().contains("MP_JWT_VERIFY_AUDIENCES"), refused.getMessage());
    }

    @Test
    void refuses_to_start_with_a_blank_audience() {
        Map<String, String> blank = new HashMap<>(COMPLETE);
        blank.put("mp.jwt.verify.audiences", " ");
        assertThrows(IllegalStateException.class, () -> VerificationConfigCheck.check(config(blank, null)));
    }

    @Test
    void refuses_to_start_without_an_issuer_or_a_key() {
        assertThrows(IllegalStateException.class,
                () -> VerificationConfigCheck.check(config(COMPLETE, "mp.jwt.verify.issuer")));
        assertThrows(IllegalStateException.class,
                () -> VerificationConfigCheck.check(config(COMPLETE, "mp.jwt.verify.publickey.location")));
    }

    private static Config config(Map<String, String> values, String without) {
        Map<String, String> chosen = new HashMap<>(values);
        if (without != null) {
            chosen.remove(without);
        }
        return new SmallRyeConfigBuilder().withDefaultValues(chosen).build();
    }
}
