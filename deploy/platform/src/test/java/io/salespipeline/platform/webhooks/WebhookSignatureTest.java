package io.salespipeline.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification (its reference libraries' test vector). */
    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature = WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    @Test
    void newSecretsAreRandomStandardSecrets() {
        String one = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(one.substring(6)).length);
        assertNotEquals(one, WebhookSignature.newSecret());
    }
}
