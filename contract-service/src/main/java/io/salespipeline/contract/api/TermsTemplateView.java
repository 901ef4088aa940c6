package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.Terms;
import io.salespipeline.contract.domain.TermsTemplate;
import java.time.Instant;

/** One version of the standard terms. */
public record TermsTemplateView(int version, Terms terms, Instant createdAt, String createdBy) {

    static TermsTemplateView of(TermsTemplate template) {
        return new TermsTemplateView(template.version(), template.terms(), template.createdAt(), template.createdBy());
    }
}
