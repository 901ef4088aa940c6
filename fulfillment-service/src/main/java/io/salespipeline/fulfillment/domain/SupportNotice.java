package io.salespipeline.fulfillment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Tells a customer's support owner that a known person of the customer's company arrived again
 * (a web form, ...) at lead-service: the person's lead, the arrival, how they were recognised, when.
 * One notice per arrival. It holds ids only, never the person's name or address, so an erasure
 * leaves nothing personal here. OPEN until acknowledged, once: acknowledging again changes nothing.
 */
@Entity
@Table(name = "support_notice")
public class SupportNotice extends PanacheEntityBase {

    @Id
    private UUID id;
    private UUID customerId;
    /** The customer's support owner when the arrival was noticed. */
    private String supportOwner;
    private UUID leadId;
    private UUID dealId;
    private UUID arrivalId;
    private String matchedOn;
    private String sourceKind;
    private String receivedBy;
    private Instant receivedAt;
    private Instant noticedAt;
    @Enumerated(EnumType.STRING)
    private SupportNoticeStatus status;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    @Version
    private long version;

    protected SupportNotice() {
        // for JPA
    }

    /** The arrival, noticed for the customer's current support owner. */
    public static SupportNotice of(Customer customer, KnownPersonArrival arrival, Instant now) {
        Require.present("arrival", arrival);
        SupportNotice notice = new SupportNotice();
        notice.id = Ids.newId();
        notice.customerId = customer.id();
        notice.supportOwner = customer.supportOwner();
        notice.leadId = Require.present("leadId", arrival.leadId());
        notice.dealId = arrival.dealId();
        notice.arrivalId = Require.present("arrivalId", arrival.arrivalId());
        notice.matchedOn = Require.text("matchedOn", arrival.matchedOn(), 40);
        notice.sourceKind = Require.text("sourceKind", arrival.sourceKind(), 40);
        notice.receivedBy = Require.optionalText("receivedBy", arrival.receivedBy(), 200);
        notice.receivedAt = Require.present("receivedAt", arrival.receivedAt());
        notice.noticedAt = stored(now);
        notice.status = SupportNoticeStatus.OPEN;
        return notice;
    }

    /**
     * Marks the notice as seen to by {@code actor}. Acknowledging an acknowledged notice keeps who
     * did it first and when; answers whether this call changed it.
     */
    public boolean acknowledge(String actor, Instant now) {
        if (status == SupportNoticeStatus.ACKNOWLEDGED) {
            return false;
        }
        status = SupportNoticeStatus.ACKNOWLEDGED;
        acknowledgedBy = Require.text("acknowledgedBy", actor, 200);
        acknowledgedAt = stored(now);
        return true;
    }

    /** As the database keeps a time (microseconds), so the first answer and every later one agree. */
    private static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String supportOwner() {
        return supportOwner;
    }

    public KnownPersonArrival arrival() {
        return new KnownPersonArrival(leadId, dealId, arrivalId, matchedOn, sourceKind, receivedBy, receivedAt);
    }

    public Instant noticedAt() {
        return noticedAt;
    }

    public SupportNoticeStatus status() {
        return status;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
