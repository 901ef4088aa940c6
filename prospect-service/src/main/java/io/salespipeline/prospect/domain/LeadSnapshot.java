package io.salespipeline.prospect.domain;

import io.salespipeline.platform.privacy.Erased;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The lead as it was qualified: its contact, where it came from and why it was qualified. A
 * snapshot, not a copy kept in sync with lead-service. Erasing it forgets the contact person
 * and keeps the company and country, which describe the deal.
 */
@Embeddable
public class LeadSnapshot {

    private String personName;
    private String email;
    private String phone;
    private String company;
    private String jobTitle;
    private String country;

    private String sourceKind;
    private String sourceDetail;
    private String sourceCampaign;

    private String assessmentReasons;
    private String assessedBy;
    private Instant assessedAt;
    private String interestChannel;
    private String interestTopics;
    private Instant interestExpressedAt;
    private Instant qualifiedAt;

    protected LeadSnapshot() {
        // for JPA
    }

    /** Source and qualification may be missing from the lead; their parts then stay empty. */
    static LeadSnapshot of(Contact contact, Source source, Qualification qualification) {
        LeadSnapshot lead = new LeadSnapshot();
        lead.personName = contact.name();
        lead.email = contact.email();
        lead.phone = contact.phone();
        lead.company = contact.company();
        lead.jobTitle = contact.jobTitle();
        lead.country = contact.country();
        if (source != null) {
            lead.sourceKind = source.kind();
            lead.sourceDetail = source.detail();
            lead.sourceCampaign = source.campaign();
        }
        if (qualification != null) {
            if (qualification.assessment() != null) {
                lead.assessmentReasons = qualification.assessment().reasons();
                lead.assessedBy = qualification.assessment().assessedBy();
                lead.assessedAt = qualification.assessment().assessedAt();
            }
            if (qualification.interest() != null) {
                lead.interestChannel = qualification.interest().channel();
                lead.interestTopics = qualification.interest().topics();
                lead.interestExpressedAt = qualification.interest().expressedAt();
            }
            lead.qualifiedAt = qualification.qualifiedAt();
        }
        return lead;
    }

    Contact contact() {
        return new Contact(personName, email, phone, company, jobTitle, country);
    }

    Source source() {
        return new Source(sourceKind, sourceDetail, sourceCampaign);
    }

    Qualification qualification() {
        return new Qualification(new Qualification.Assessment(assessmentReasons, assessedBy, assessedAt),
                new Qualification.Interest(interestChannel, interestTopics, interestExpressedAt), qualifiedAt);
    }

    /**
     * Forgets the contact person: name, e-mail, phone and job title. Answers the name it forgot,
     * or null when it had been forgotten already.
     */
    String erasePerson() {
        if (Erased.NAME.equals(personName) && email == null && phone == null && jobTitle == null) {
            return null;
        }
        String person = personName;
        personName = Erased.NAME;
        email = null;
        phone = null;
        jobTitle = null;
        return person;
    }
}
