package io.salespipeline.contract.application;

import io.quarkus.panache.common.Sort;
import io.salespipeline.contract.domain.Terms;
import io.salespipeline.contract.domain.TermsTemplate;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The versioned standard terms: new drafts take the newest version; versions are only added. */
@ApplicationScoped
@RetriedOnConcurrentChange
public class TermsTemplates {

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentActor actor;

    /**
     * Adds the next version. The table lock makes two admins adding at once get consecutive
     * versions instead of one of them failing on the primary key.
     */
    @Transactional
    public TermsTemplate add(Terms terms) {
        entityManager.createNativeQuery("lock table terms_template in share row exclusive mode").executeUpdate();
        TermsTemplate template = TermsTemplate.next(TermsTemplate.current(), terms, actor.name(), Instant.now());
        template.persist();
        return template;
    }

    public TermsTemplate current() {
        TermsTemplate current = TermsTemplate.current();
        if (current == null) {
            throw new RecordNotFoundException("terms template", "current");
        }
        return current;
    }

    public TermsTemplate get(int version) {
        return TermsTemplate.<TermsTemplate>findByIdOptional(version)
                .orElseThrow(() -> new RecordNotFoundException("terms template", version));
    }

    /** Newest first. There are a handful of versions, so one page holds them all. */
    public List<TermsTemplate> all() {
        return TermsTemplate.listAll(Sort.descending("version"));
    }
}
