package io.salespipeline.lead.application.webforms;

import io.salespipeline.lead.domain.WebForm;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Admin-managed web-form configurations. */
@ApplicationScoped
@RetriedOnConcurrentChange
public class WebForms {

    @Transactional
    public WebForm create(String formId, WebForm.Settings settings) {
        if (WebForm.count("formId", formId) > 0) {
            throw new io.salespipeline.platform.domain.InvalidInputException("formId", "is taken: " + formId);
        }
        WebForm form = WebForm.create(formId, settings, Instant.now());
        form.persist();
        WebForm.flush();
        return form;
    }

    @Transactional
    public WebForm configure(String formId, WebForm.Settings settings) {
        WebForm form = get(formId);
        form.configure(settings, Instant.now());
        return form;
    }

    @Transactional
    public void delete(String formId) {
        get(formId).delete();
    }

    public WebForm get(String formId) {
        return WebForm.<WebForm>find("formId", formId).firstResultOptional()
                .orElseThrow(() -> new RecordNotFoundException("web form", formId));
    }

    public List<WebForm> list() {
        return WebForm.list("order by formId");
    }
}
