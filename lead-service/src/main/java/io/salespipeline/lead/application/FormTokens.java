package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.WebForm;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The minimum-time-to-submit token of a web form: the form id and the time it was issued, signed
 * with HMAC-SHA256 under {@code sales.web-forms.token-secret}. A page fetches it when it shows the
 * form; a submission sooner than the form's minimum (a bot), later than the validity, for another
 * form, or with a forged signature is refused.
 */
@ApplicationScoped
public class FormTokens {

    /** Why a token was refused; null reason = accepted. */
    public enum Refusal {
        MISSING, FORGED, OTHER_FORM, TOO_FAST, EXPIRED
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "sales.web-forms.token-secret")
    String secret;

    @ConfigProperty(name = "sales.web-forms.token-validity", defaultValue = "2h")
    Duration validity;

    public String issue(WebForm form, Instant now) {
        byte[] nonce = new byte[9];
        RANDOM.nextBytes(nonce);
        String payload = form.formId() + "." + now.toEpochMilli() + "." + ENCODER.encodeToString(nonce);
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + sign(payload);
    }

    public Optional<Refusal> check(String token, WebForm form, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.of(Refusal.MISSING);
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 2) {
            return Optional.of(Refusal.FORGED);
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(Refusal.FORGED);
        }
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Refusal.FORGED);
        }
        String[] fields = payload.split("\\.");
        if (fields.length != 3 || !fields[0].equals(form.formId())) {
            return Optional.of(Refusal.OTHER_FORM);
        }
        Instant issued = Instant.ofEpochMilli(Long.parseLong(fields[1]));
        if (now.isBefore(issued.plusSeconds(form.minSecondsToSubmit()))) {
            return Optional.of(Refusal.TOO_FAST);
        }
        if (now.isAfter(issued.plus(validity))) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
