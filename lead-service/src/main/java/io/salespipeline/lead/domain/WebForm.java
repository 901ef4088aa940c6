package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A web form on a customer-facing site that posts leads: which fields it has and which lead
 * fields they fill, which origins may submit it from a browser, where the visitor goes after
 * (thank-you / error page), and the source detail every lead from it carries.
 */
@Entity
@Table(name = "web_form")
public class WebForm extends PanacheEntityBase {

    /** The anti-spam token travels in this field; it is never a lead field. */
    public static final String TOKEN_FIELD = "_token";

    @Id
    private UUID id;
    @Version
    private long version;
    private String formId;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<FormField> fields;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> allowedOrigins;
    private String thankYouUrl;
    private String errorUrl;
    private String site;
    private String page;
    private String campaign;
    private String honeypotField;
    private int minSecondsToSubmit;
    private Instant createdAt;
    private Instant updatedAt;

    protected WebForm() {
        // for JPA
    }

    /** What configures a form (everything but its identity). */
    public record Settings(String name, List<FormField> fields, List<String> allowedOrigins, String thankYouUrl,
            String errorUrl, String site, String page, String campaign, String honeypotField,
            Integer minSecondsToSubmit) {
    }

    public static WebForm create(String formId, Settings settings, Instant now) {
        WebForm form = new WebForm();
        form.id = Ids.newId();
        form.formId = Require.text("formId", formId, 100);
        if (!form.formId.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidInputException("formId", "must be lower-case letters, digits and dashes");
        }
        form.createdAt = now;
        form.configure(settings, now);
        return form;
    }

    public void configure(Settings settings, Instant now) {
        Require.present("body", settings);
        String checkedName = Require.text("name", settings.name(), 200);
        List<FormField> givenFields = Require.present("fields", settings.fields());
        if (givenFields.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("fields", "must not contain null");
        }
        List<FormField> checkedFields = List.copyOf(givenFields);
        Set<String> names = new HashSet<>();
        checkedFields.forEach(field -> {
            if (!names.add(field.name())) {
                throw new InvalidInputException("fields", "the field " + field.name() + " appears twice");
            }
        });
        if (checkedFields.stream().noneMatch(f -> f.mapsTo() == FormFieldTarget.NAME)) {
            throw new InvalidInputException("fields", "one field must fill the lead's NAME");
        }
        if (checkedFields.stream().noneMatch(f -> f.mapsTo() == FormFieldTarget.EMAIL || f.mapsTo() == FormFieldTarget.PHONE)) {
            throw new InvalidInputException("fields", "one field must fill the lead's EMAIL or PHONE");
        }
        String honeypot = settings.honeypotField() == null ? "website" : Require.text("honeypotField",
                settings.honeypotField(), 60);
        if (names.contains(honeypot) || honeypot.equals(TOKEN_FIELD)) {
            throw new InvalidInputException("honeypotField", "must not be one of the form's fields");
        }
        int minSeconds = settings.minSecondsToSubmit() == null ? 3 : settings.minSecondsToSubmit();
        if (minSeconds < 0 || minSeconds > 3600) {
            throw new InvalidInputException("minSecondsToSubmit", "must be from 0 to 3600");
        }
        List<String> origins = Require.present("allowedOrigins", settings.allowedOrigins()).stream()
                .map(WebForm::origin).toList();
        name = checkedName;
        fields = checkedFields;
        allowedOrigins = origins;
        thankYouUrl = url("thankYouUrl", settings.thankYouUrl());
        errorUrl = url("errorUrl", settings.errorUrl());
        site = Require.optionalText("site", settings.site(), 500);
        page = Require.optionalText("page", settings.page(), 1000);
        campaign = Require.optionalText("campaign", settings.campaign(), 200);
        honeypotField = honeypot;
        minSecondsToSubmit = minSeconds;
        updatedAt = now;
    }

    /** Whether a browser page of this origin may submit the form (the Origin header's value). */
    public boolean allowsOrigin(String origin) {
        return origin != null && allowedOrigins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** A filled honeypot: a bot filled every field it saw. */
    public boolean isHoneypotFilled(Map<String, String> submitted) {
        String value = submitted.get(honeypotField);
        return value != null && !value.isBlank();
    }

    /**
     * Reads a submission into lead data, or names every field that is wrong (by the form's field
     * names, so the page can mark them).
     */
    public Reading read(Map<String, String> submitted) {
        Map<FormFieldTarget, String> values = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : fields) {
            String value = submitted.get(field.name());
            boolean blank = value == null || value.isBlank();
            if (blank) {
                if (field.required()) {
                    errors.put(field.name(), "must not be blank");
                }
                continue;
            }
            if (field.mapsTo() == FormFieldTarget.ATTRIBUTE) {
                if (value.length() > 1000) {
                    errors.put(field.name(), "must be at most 1000 characters");
                }
                attributes.put(field.name(), value.strip());
            } else {
                values.merge(field.mapsTo(), value.strip(), (a, b) -> a + " " + b);
            }
        }
        Contact contact = null;
        if (errors.isEmpty()) {
            try {
                contact = new Contact(values.get(FormFieldTarget.NAME), values.get(FormFieldTarget.EMAIL),
                        values.get(FormFieldTarget.PHONE), values.get(FormFieldTarget.COMPANY), values.get(FormFieldTarget.JOB_TITLE),
                        values.get(FormFieldTarget.COUNTRY));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.put(formFieldFor(error.field()), error.message()));
            }
        }
        String notes = values.get(FormFieldTarget.NOTES);
        if (notes != null && notes.length() > 10_000) {
            errors.put(formFieldFor("notes"), "must be at most 10000 characters");
        }
        Map<String, String> utm = new LinkedHashMap<>();
        submitted.forEach((name, value) -> {
            if (name.startsWith("utm_") && name.length() <= 40 && value != null && !value.isBlank()) {
                utm.put(name, value.length() > 200 ? value.substring(0, 200) : value);
            }
        });
        Source source = new Source(SourceKind.WEB_FORM, name, formId, site, page, campaign, utm);
        return new Reading(errors.isEmpty() ? contact : null, notes, attributes, source, Map.copyOf(errors));
    }

    /** A submission read: the contact (null when errors), notes, attributes and source, or the field errors. */
    public record Reading(Contact contact, String notes, Map<String, String> attributes, Source source,
            Map<String, String> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private String formFieldFor(String leadField) {
        FormFieldTarget target = switch (leadField) {
            case "name" -> FormFieldTarget.NAME;
            case "email" -> FormFieldTarget.EMAIL;
            case "phone" -> FormFieldTarget.PHONE;
            case "company" -> FormFieldTarget.COMPANY;
            case "jobTitle" -> FormFieldTarget.JOB_TITLE;
            case "country" -> FormFieldTarget.COUNTRY;
            case "notes" -> FormFieldTarget.NOTES;
            default -> null;
        };
        return fields.stream().filter(f -> f.mapsTo() == target).map(FormField::name).findFirst().orElse(leadField);
    }

    private static String origin(String origin) {
        String text = Require.text("allowedOrigins", origin, 300).toLowerCase(Locale.ROOT);
        try {
            URI uri = URI.create(text);
            if ((uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null) {
                return text;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // answered below
        }
        throw new InvalidInputException("allowedOrigins", "must be origins such as https://www.example.com: " + origin);
    }

    private static String url(String field, String value) {
        String text = Require.text(field, value, 2000);
        try {
            URI uri = URI.create(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getFragment() == null) {
                return text;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException(field, "must be an absolute http(s) URL without a fragment");
    }

    public UUID id() {
        return id;
    }

    public String formId() {
        return formId;
    }

    public String name() {
        return name;
    }

    public List<FormField> fields() {
        return fields;
    }

    public List<String> allowedOrigins() {
        return allowedOrigins;
    }

    public String thankYouUrl() {
        return thankYouUrl;
    }

    public String errorUrl() {
        return errorUrl;
    }

    public String site() {
        return site;
    }

    public String page() {
        return page;
    }

    public String campaign() {
        return campaign;
    }

    public String honeypotField() {
        return honeypotField;
    }

    public int minSecondsToSubmit() {
        return minSecondsToSubmit;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
