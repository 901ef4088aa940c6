package io.salespipeline.lead.application.webforms;

import io.salespipeline.lead.application.intake.LeadIntake;
import io.salespipeline.lead.domain.DoNotContactException;
import io.salespipeline.lead.domain.WebForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A visitor's submission of a web form, from the form post to where the visitor goes next:
 * spam guards (honeypot, minimum time to submit, one post per token), field errors, the
 * do-not-contact register, then a new lead, or an arrival recorded on the person's existing lead
 * for its owner's review.
 */
@ApplicationScoped
public class WebFormSubmissions {

    private static final Logger LOG = Logger.getLogger(WebFormSubmissions.class);

    @Inject
    FormTokens tokens;

    @Inject
    FormTokenUses uses;

    @Inject
    LeadIntake intake;

    /** Where the visitor is sent (303), and what happened (for tests and logs). */
    public record Outcome(URI redirect, Kind kind, UUID leadId) {

        public enum Kind {
            CREATED, ARRIVED_AGAIN, IGNORED_AS_SPAM, IGNORED_AS_LISTED, REFUSED, INVALID
        }
    }

    public Outcome submit(WebForm form, Map<String, String> submitted, Instant now) {
        if (form.isHoneypotFilled(submitted)) {
            // Pretend success: a bot learns nothing to adapt to.
            return new Outcome(URI.create(form.thankYouUrl()), Outcome.Kind.IGNORED_AS_SPAM, null);
        }
        Optional<FormTokens.Refusal> refusal = tokens.check(submitted.get(WebForm.TOKEN_FIELD), form, now);
        if (refusal.isPresent()) {
            LOG.debugf("web form %s: token refused (%s)", form.formId(), refusal.get());
            return refused(form, refusal.get().name().toLowerCase().replace('_', '-'));
        }
        WebForm.Reading reading = form.read(submitted);
        if (!reading.isValid()) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("form", form.formId());
            query.put("error", "invalid");
            reading.errors().forEach((field, message) -> query.put("field." + field, message));
            return new Outcome(withQuery(form.errorUrl(), query), Outcome.Kind.INVALID, null);
        }
        if (!uses.spend(tokens.use(submitted.get(WebForm.TOKEN_FIELD), form))) {
            // Answered as a forged token is: a token posts once.
            LOG.debugf("web form %s: token used before", form.formId());
            return refused(form, "forged");
        }
        try {
            LeadIntake.Intake intake = this.intake.createOrRecordArrival(reading.contact(), reading.notes(), reading.attributes(),
                    reading.source());
            return new Outcome(URI.create(form.thankYouUrl()),
                    intake.created() ? Outcome.Kind.CREATED : Outcome.Kind.ARRIVED_AGAIN, intake.lead().id());
        } catch (DoNotContactException e) {
            // Answered like any accepted post, nothing stored: whether an address is on the register is nobody's business.
            return new Outcome(URI.create(form.thankYouUrl()), Outcome.Kind.IGNORED_AS_LISTED, null);
        }
    }

    private static Outcome refused(WebForm form, String reason) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("form", form.formId());
        query.put("error", reason);
        return new Outcome(withQuery(form.errorUrl(), query), Outcome.Kind.REFUSED, null);
    }

    static URI withQuery(String url, Map<String, String> query) {
        StringBuilder target = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        query.forEach((name, value) -> target.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        target.setLength(target.length() - 1);
        return URI.create(target.toString());
    }
}
