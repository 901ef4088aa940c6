package io.salespipeline.lead.application.webforms;

import io.salespipeline.lead.domain.WebForm;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The minimum-time-to-submit token of a web form: the form id, the time it was issued and a
 * nonce, signed with HMAC-SHA256 under {@code sales.web-forms.token-secret}. A page fetches it
 * when it shows the form; a submission sooner than the form's minimum (a bot), later than the
 * validity, for another form, or with a forged signature is refused. A token posts once
 * ({@link FormTokenUses}). Without a secret (or with a short one) the service does not start:
 * a known secret would let anyone mint tokens; only the dev and test profiles carry one.
 */
@ApplicationScoped
public class FormTokens {

    static final int MIN_SECRET_LENGTH = 32;

    /** An accepted token, as it is kept until it expires: the hash of its payload, its form, its expiry. */
    public record Use(String tokenSha256, String formId, Instant expiresAt) {
    }

    /** Why a token was refused; null reason = accepted. */
    public enum Refusal {
        MISSING, FORGED, OTHER_FORM, TOO_FAST, EXPIRED
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebFormsConfig config;

    public String issue(WebForm form, Instant now) {
        byte[] nonce = new byte[9];
        RANDOM.nextBytes(nonce);
        String payload = form.formId() + "." + now.toEpochMilli() + "." + ENCODER.encodeToString(nonce);
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + sign(payload);
    }

    void onStart(@Observes StartupEvent start) {
        requireSecret(config.tokenSecret());
    }

    /** Fails the start when the secret is missing or too short to resist guessing. */
    static String requireSecret(Optional<String> secret) {
        String value = secret.map(String::strip).orElse("");
        if (value.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("Web-form tokens cannot be signed: set SALES_WEB_FORMS_TOKEN_SECRET "
                    + "(sales.web-forms.token-secret) to a random secret of at least " + MIN_SECRET_LENGTH
                    + " characters, the same on every replica (e.g. openssl rand -hex 32). Only the dev and test "
                    + "profiles have one; ./deploy/run-local.sh makes one in its data directory.");
        }
        return value;
    }

    /** The token's use, to be kept until it expires; call it for a token {@link #check} accepted. */
    public Use use(String token, WebForm form) {
        String payload = payload(token.strip().split("\\.")[0]);
        Instant issued = Instant.ofEpochMilli(Long.parseLong(payload.split("\\.")[1]));
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(StandardCharsets.UTF_8)));
            return new Use(hash, form.formId(), issued.plus(config.tokenValidity()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String payload(String encoded) {
        return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
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
            payload = payload(parts[0]);
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
        Instant issued;
        try {
            issued = Instant.ofEpochMilli(Long.parseLong(fields[1]));
        } catch (NumberFormatException e) {
            return Optional.of(Refusal.FORGED);
        }
        if (now.isBefore(issued.plusSeconds(form.minSecondsToSubmit()))) {
            return Optional.of(Refusal.TOO_FAST);
        }
        if (now.isAfter(issued.plus(config.tokenValidity()))) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(requireSecret(config.tokenSecret()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
