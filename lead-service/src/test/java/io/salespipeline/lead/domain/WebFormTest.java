package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebFormTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    static WebForm.Settings settings(List<FormField> fields) {
        return new WebForm.Settings("Contact us", fields, List.of("https://www.example.com"),
                "https://www.example.com/thanks", "https://www.example.com/oops?lang=en", "www.example.com",
                "/contact", "autumn-2026", null, null);
    }

    static List<FormField> fields() {
        return List.of(new FormField("full_name", FormFieldTarget.NAME, true),
                new FormField("mail", FormFieldTarget.EMAIL, true),
                new FormField("firm", FormFieldTarget.COMPANY, false),
                new FormField("message", FormFieldTarget.NOTES, false),
                new FormField("seats", FormFieldTarget.ATTRIBUTE, false));
    }

    @Test
    void readsASubmissionIntoContactNotesAttributesAndItsSource() {
        WebForm form = WebForm.create("contact-us", settings(fields()), now);
        WebForm.Reading reading = form.read(Map.of("full_name", "Ada Lovelace", "mail", "Ada@Example.com",
                "firm", "Engines Ltd", "message", "Call me", "seats", "40", "utm_source", "newsletter",
                "utm_campaign", "spring", "unknown", "ignored"));
        assertTrue(reading.isValid());
        assertEquals("ada@example.com", reading.contact().email());
        assertEquals("Call me", reading.notes());
        assertEquals(Map.of("seats", "40"), reading.attributes());
        assertEquals(SourceKind.WEB_FORM, reading.source().kind());
        assertEquals("contact-us", reading.source().formId());
        assertEquals("autumn-2026", reading.source().campaign());
        assertEquals(Map.of("utm_source", "newsletter", "utm_campaign", "spring"), reading.source().utm());
    }

    @Test
    void namesEveryWrongFieldByTheFormsOwnNames() {
        WebForm form = WebForm.create("contact-us", settings(fields()), now);
        WebForm.Reading missing = form.read(Map.of("firm", "x"));
        assertFalse(missing.isValid());
        assertEquals(Map.of("full_name", "must not be blank", "mail", "must not be blank"), missing.errors());
        WebForm.Reading badMail = form.read(Map.of("full_name", "Ada", "mail", "not-an-address"));
        assertEquals("is not an e-mail address", badMail.errors().get("mail"));
        assertNull(badMail.contact());
    }

    @Test
    void aFilledHoneypotGivesABotAway() {
        WebForm form = WebForm.create("contact-us", settings(fields()), now);
        assertEquals("website", form.honeypotField());
        assertTrue(form.isHoneypotFilled(Map.of("website", "http://spam.example")));
        assertFalse(form.isHoneypotFilled(Map.of("website", "")));
    }

    @Test
    void onlyConfiguredOriginsMaySubmitFromAPage() {
        WebForm form = WebForm.create("contact-us", settings(fields()), now);
        assertTrue(form.allowsOrigin("https://www.example.com"));
        assertTrue(form.allowsOrigin("HTTPS://WWW.EXAMPLE.COM"));
        assertFalse(form.allowsOrigin("https://evil.example"));
        assertFalse(form.allowsOrigin("null"));
    }

    @Test
    void refusesAConfigurationThatCannotMakeLeads() {
        assertThrows(InvalidInputException.class, () -> WebForm.create("Bad Id", settings(fields()), now));
        assertThrows(InvalidInputException.class, () -> WebForm.create("no-contact",
                settings(List.of(new FormField("n", FormFieldTarget.NAME, true))), now));
        assertThrows(InvalidInputException.class, () -> WebForm.create("utm", settings(List.of(
                new FormField("n", FormFieldTarget.NAME, true), new FormField("utm_source", FormFieldTarget.EMAIL, true))), now));
        assertThrows(InvalidInputException.class, () -> WebForm.create("origins", new WebForm.Settings("x", fields(),
                List.of("https://www.example.com/path"), "https://a.example/t", "https://a.example/e", null, null,
                null, null, null), now));
        assertThrows(InvalidInputException.class, () -> WebForm.create("urls", new WebForm.Settings("x", fields(),
                List.of(), "javascript:alert(1)", "https://a.example/e", null, null, null, null, null), now));
    }
}
