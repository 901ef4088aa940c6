package io.salespipeline.platform.customerlink;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.privacy.Erased;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One link handed to a customer's contact: what it is for, bound to one version of one record,
 * until when, and whether it was used or revoked. The token is known by its SHA-256 only.
 */
@Entity
@Table(name = "customer_link")
public class CustomerLink extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "token_sha256")
    private String tokenSha256;
    @Enumerated(EnumType.STRING)
    private CustomerLinkPurpose purpose;
    @Column(name = "deal_id")
    private UUID dealId;
    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "record_version")
    private int recordVersion;
    @Column(name = "contact_person_id")
    private UUID contactPersonId;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "replaced_by")
    private UUID replacedBy;

    protected CustomerLink() {
        // for JPA
    }

    static CustomerLink issue(UUID id, String tokenSha256, LinkRequest request, Instant expiresAt, String issuedBy,
            Instant now) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("A link must expire after it is issued (" + expiresAt + ")");
        }
        CustomerLink link = new CustomerLink();
        link.id = id;
        link.tokenSha256 = tokenSha256;
        link.purpose = request.purpose();
        link.dealId = request.dealId();
        link.recordId = request.recordId();
        link.recordVersion = request.recordVersion();
        link.contactPersonId = request.contact().personId();
        link.contactName = request.contact().name();
        link.contactEmail = request.contact().email();
        link.issuedBy = issuedBy;
        link.issuedAt = now;
        link.expiresAt = expiresAt;
        return link;
    }

    public LinkState state(Instant now) {
        if (revokedAt != null) {
            return LinkState.REVOKED;
        }
        if (usedAt != null) {
            return LinkState.USED;
        }
        return now.isBefore(expiresAt) ? LinkState.LIVE : LinkState.EXPIRED;
    }

    /** This link, when it still allows its act; else the reason it does not. */
    CustomerLink requireLive(Instant now) {
        LinkState state = state(now);
        if (state != LinkState.LIVE) {
            throw CustomerLinkException.of(state);
        }
        return this;
    }

    /**
     * This link, when what it was for may still be read: a live one, or one used for its act within
     * {@code readableAfterUse} of that use (whoever decided or signed may read again what they acted
     * on), unless an erasure forgot its contact (then as revoked); else the reason it may not.
     */
    CustomerLink requireReadable(Instant now, Duration readableAfterUse) {
        if (state(now) != LinkState.USED) {
            return requireLive(now);
        }
        if (Erased.NAME.equals(contactName)) {
            throw CustomerLinkException.of(LinkState.REVOKED);
        }
        if (!now.isBefore(usedAt.plus(readableAfterUse))) {
            throw CustomerLinkException.of(LinkState.EXPIRED);
        }
        return this;
    }

    /** Spends a single-use link; a link for a repeatable act stays live. */
    void use(Instant now) {
        requireLive(now);
        if (purpose.singleUse()) {
            usedAt = now;
        }
    }

    /** Revokes a live link (a used, expired or revoked one keeps its state); answers whether it changed. */
    boolean revoke(String by, Instant now, UUID replacement) {
        if (state(now) != LinkState.LIVE) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        replacedBy = replacement;
        return true;
    }

    /** Forgets the contact person (erasure): the link no longer names them, and no longer opens. */
    void forgetContact(Instant now) {
        revoke("erasure", now, null);
        contactName = Erased.NAME;
        contactEmail = null;
    }

    public LinkContact contact() {
        return new LinkContact(contactPersonId, contactName, contactEmail);
    }

    public UUID id() { return id; }
    public CustomerLinkPurpose purpose() { return purpose; }
    public UUID dealId() { return dealId; }
    public UUID recordId() { return recordId; }
    public int recordVersion() { return recordVersion; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public String revokedBy() { return revokedBy; }
    public Instant usedAt() { return usedAt; }
    public UUID replacedBy() { return replacedBy; }
}
