package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The customer's no to a sent version: why, recorded by whom, when. Present on a REJECTED proposal only. */
@Embeddable
public class Rejection {

    private String rejectionReason;
    private String rejectedBy;
    private Instant rejectedAt;

    protected Rejection() {
        // for JPA
    }

    static Rejection of(String reason, String recordedBy, Instant now) {
        Rejection rejection = new Rejection();
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
}
