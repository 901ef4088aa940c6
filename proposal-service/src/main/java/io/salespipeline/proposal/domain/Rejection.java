package io.salespipeline.proposal.domain;

import io.salespipeline.platform.customerlink.LinkEvidence;
import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** The customer's no to a sent version: why, recorded by whom, when. Present on a REJECTED proposal only. */
@Embeddable
public class Rejection {

    private String rejectionReason;
    private String rejectedBy;
    private Instant rejectedAt;
    private UUID rejectionLinkId;
    private String rejectionIpAddress;
    private String rejectionUserAgent;

    protected Rejection() {
        // for JPA
    }

    static Rejection of(String reason, LinkEvidence evidence, String recordedBy, Instant now) {
        Rejection rejection = new Rejection();
        if (evidence != null) {
            rejection.rejectionLinkId = evidence.linkId();
            rejection.rejectionIpAddress = evidence.ipAddress();
            rejection.rejectionUserAgent = evidence.userAgent();
        }
        rejection.rejectionReason = Require.text("reason", reason, 4000);
        rejection.rejectedBy = recordedBy;
        rejection.rejectedAt = now;
        return rejection;
    }

    public String reason() {
        return rejectionReason;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    /** Through which link, from where: null for a rejection recorded before customer links. */
    public LinkEvidence evidence() {
        return rejectionLinkId == null ? null : new LinkEvidence(rejectionLinkId, rejectionIpAddress, rejectionUserAgent);
    }
}
