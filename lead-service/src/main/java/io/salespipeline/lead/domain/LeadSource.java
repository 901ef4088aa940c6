package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One arrival of a lead's person: the first one when the lead was created, and one more each
 * time the same person came again (a web form post for a known person, kept with what it
 * carried for the owner's review). The history is kept; the lead's own source stays the first.
 */
@Entity
@Table(name = "lead_source")
public class LeadSource extends PanacheEntityBase {

    @Id
    private UUID id;
    private UUID leadId;
    @Enumerated(EnumType.STRING)
    private SourceKind kind;
    private String detail;
    private String formId;
    private String site;
    private String page;
    private String campaign;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> utm;
    private String notes;
    /** What an unverified arrival carried besides its notes (name, phone, company...), kept for review. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> submitted;
    private String receivedBy;
    private Instant receivedAt;

    protected LeadSource() {
        // for JPA
    }

    static LeadSource of(UUID leadId, Source source, String notes, String actor, Instant now) {
        LeadSource arrival = new LeadSource();
        arrival.id = Ids.newId();
        arrival.leadId = leadId;
        arrival.kind = source.kind();
        arrival.detail = source.detail();
        arrival.formId = source.formId();
        arrival.site = source.site();
        arrival.page = source.page();
        arrival.campaign = source.campaign();
        arrival.utm = source.utm();
        arrival.notes = notes;
        arrival.receivedBy = actor;
        arrival.receivedAt = now;
        return arrival;
    }

    static LeadSource unverified(UUID leadId, Source source, String notes, Map<String, String> submitted, String actor,
            Instant now) {
        LeadSource arrival = of(leadId, source, notes, actor, now);
        arrival.submitted = submitted == null || submitted.isEmpty() ? null : Map.copyOf(submitted);
        return arrival;
    }

    public UUID id() {
        return id;
    }

    public UUID leadId() {
        return leadId;
    }

    public Source source() {
        return new Source(kind, detail, formId, site, page, campaign, utm);
    }

    public String notes() {
        return notes;
    }

    public Map<String, String> submitted() {
        return submitted;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
