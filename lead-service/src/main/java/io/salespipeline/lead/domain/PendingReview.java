package io.salespipeline.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Unverified arrivals (anonymous web-form posts for a known person) waiting for the owner's
 * review: since when the first one waits (null: none waits) and how many.
 */
@Embeddable
public record PendingReview(@Column(name = "review_since") Instant since,
        @Column(name = "review_arrivals") int arrivals) {

    public static final PendingReview NONE = new PendingReview(null, 0);

    /** One more arrival to review; the first one sets since when. */
    public PendingReview oneMore(Instant now) {
        return new PendingReview(since == null ? now : since, arrivals + 1);
    }

    public boolean waiting() {
        return since != null;
    }
}
