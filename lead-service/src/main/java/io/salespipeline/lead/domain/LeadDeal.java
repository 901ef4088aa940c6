package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One deal a lead started: how, by whom, when, and the deal it follows (null: its first). */
@Entity
@Table(name = "lead_deal")
public class LeadDeal extends PanacheEntityBase {

    @Id
    private UUID dealId;
    private UUID leadId;
    private UUID previousDealId;
    @Enumerated(EnumType.STRING)
    private DealStart kind;
    private String reason;
    private String startedBy;
    private Instant startedAt;

    protected LeadDeal() {
        // for JPA
    }

    static LeadDeal of(UUID leadId, UUID dealId, UUID previousDealId, DealStart kind, String reason, String actor,
            Instant now) {
        LeadDeal deal = new LeadDeal();
        deal.dealId = dealId;
        deal.leadId = leadId;
        deal.previousDealId = previousDealId;
        deal.kind = kind;
        deal.reason = reason;
        deal.startedBy = actor;
        deal.startedAt = now;
        return deal;
    }

    public UUID dealId() { return dealId; }
    public UUID leadId() { return leadId; }
    public UUID previousDealId() { return previousDealId; }
    public DealStart kind() { return kind; }
    /** Why a lost deal was re-opened; null otherwise. */
    public String reason() { return reason; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
}
