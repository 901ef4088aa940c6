package io.salespipeline.lead.application.webforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.lead.domain.FormField;
import io.salespipeline.lead.domain.FormFieldTarget;
import io.salespipeline.lead.domain.WebForm;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private static FormTokens tokens(String secret) {
        FormTokens tokens = new FormTokens();
        tokens.config = new WebFormsConfig() {
            @Override
            public Optional<String> tokenSecret() {
                return Optional.of(secret.repeat(32));
            }

            @Override
            public Duration tokenValidity() {
                return Duration.ofHours(2);
            }
        };
        return tokens;
    }

    private WebForm form(String id) {
        return WebForm.create(id, new WebForm.Settings("f", List.of(new FormField("n", FormFieldTarget.NAME, true),
                new FormField("e", FormFieldTarget.EMAIL, true)), List.of(), "https://a.example/t", "https://a.example/e",
                null, null, null, null, 3), now);
    }

    @Test
    void aTokenIsAcceptedAfterTheMinimumAndBeforeItExpires() {
        FormTokens tokens = tokens("s3cret");
        WebForm form = form("contact");
        String token = tokens.issue(form, now);
        assertTrue(tokens.check(token, form, now.plusSeconds(3)).isEmpty());
        assertEquals(Optional.of(FormTokens.Refusal.TOO_FAST), tokens.check(token, form, now.plusSeconds(2)));
        assertEquals(Optional.of(FormTokens.Refusal.EXPIRED), tokens.check(token, form, now.plusSeconds(7201)));
    }

    @Test
    void forgedMissingOrOtherFormsTokensAreRefused() {
        FormTokens tokens = tokens("s3cret");
        WebForm form = form("contact");
        String token = tokens.issue(form, now);
        Instant later = now.plusSeconds(10);
        assertEquals(Optional.of(FormTokens.Refusal.MISSING), tokens.check(null, form, later));
        assertEquals(Optional.of(FormTokens.Refusal.FORGED), tokens.check(token + "x", form, later));
        assertEquals(Optional.of(FormTokens.Refusal.FORGED), tokens.check("garbage", form, later));
        assertEquals(Optional.of(FormTokens.Refusal.FORGED), tokens("other").check(token, form, later));
        assertEquals(Optional.of(FormTokens.Refusal.OTHER_FORM),
                tokens.check(tokens.issue(form("other-form"), now), form, later));
        // A back-dated payload under the real signature of another payload is still forged.
        String[] parts = token.split("\\.");
        String backdated = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("contact." + now.minusSeconds(60).toEpochMilli() + ".x").getBytes()) + "." + parts[1];
        assertEquals(Optional.of(FormTokens.Refusal.FORGED), tokens.check(backdated, form, now));
    }

    @Test
    void withoutASecretOfAtLeast32CharactersTheServiceDoesNotStart() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> FormTokens.requireSecret(Optional.empty()));
        assertTrue(missing.getMessage().contains("SALES_WEB_FORMS_TOKEN_SECRET"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> FormTokens.requireSecret(Optional.of("too-short")));
        assertThrows(IllegalStateException.class, () -> FormTokens.requireSecret(Optional.of(" ".repeat(40))));
        assertEquals("x".repeat(32), FormTokens.requireSecret(Optional.of("x".repeat(32))));
    }

    @Test
    void noSecretIsCommittedForProduction_onlyDevAndTestHaveOne() throws Exception {
        Properties properties = new Properties();
        try (var in = FormTokensTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertFalse(properties.containsKey("sales.web-forms.token-secret"));
        assertFalse(properties.containsKey("%prod.sales.web-forms.token-secret"));
        assertTrue(properties.containsKey("%dev.sales.web-forms.token-secret"));
        assertTrue(properties.containsKey("%test.sales.web-forms.token-secret"));
    }

    @Test
    void eachTokenIsOneUseKeptUntilItExpires() {
        FormTokens tokens = tokens("s3cret");
        WebForm form = form("contact");
        String token = tokens.issue(form, now);
        FormTokens.Use use = tokens.use(token, form);
        assertEquals(use, tokens.use(" " + token + " ", form));
        assertEquals(now.plus(Duration.ofHours(2)), use.expiresAt());
        assertEquals("contact", use.formId());
        assertEquals(64, use.tokenSha256().length());
        assertNotEquals(use.tokenSha256(), tokens.use(tokens.issue(form, now), form).tokenSha256());
    }
}
