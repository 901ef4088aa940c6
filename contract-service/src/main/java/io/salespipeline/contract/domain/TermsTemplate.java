package io.salespipeline.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.salespipeline.platform.domain.Require;
import java.time.Instant;

/** A version of the standard terms; new versions are added, never edited, so every contract names the version it took. */
@Entity
@Table(name = "terms_template")
public class TermsTemplate extends PanacheEntityBase {

    @Id
    private Integer version;
    private String paymentTerms;
    private String delivery;
    private String warranty;
    private String liability;
    private String duration;
    private String renewal;
    private String governingLaw;
    private Instant createdAt;
    private String createdBy;

    protected TermsTemplate() {
        // for JPA
    }

    /** The version after {@code latest} (the first when there is none), with these terms. */
    public static TermsTemplate next(TermsTemplate latest, Terms terms, String createdBy, Instant now) {
        TermsTemplate template = of(latest == null ? 1 : latest.version + 1, Require.present("terms", terms));
        template.createdBy = createdBy;
        template.createdAt = now;
        return template;
    }

    /** A new version of the standard terms. */
    public static TermsTemplate of(int version, Terms terms) {
        TermsTemplate template = new TermsTemplate();
        template.version = version;
        template.paymentTerms = terms.paymentTerms();
        template.delivery = terms.delivery();
        template.warranty = terms.warranty();
        template.liability = terms.liability();
        template.duration = terms.duration();
        template.renewal = terms.renewal();
        template.governingLaw = terms.governingLaw();
        return template;
    }

    public static TermsTemplate current() {
        return TermsTemplate.<TermsTemplate>findAll(Sort.descending("version")).firstResult();
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Terms terms() {
        return new Terms(paymentTerms, delivery, warranty, liability, duration, renewal, governingLaw);
    }
}
