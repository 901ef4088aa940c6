package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A seller reached the contact: by which channel, when, and who. A lead keeps the latest. */
@Embeddable
public record ContactMade(@Enumerated(EnumType.STRING) @Column(name = "contact_channel") InterestChannel channel,
        @Column(name = "contacted_at") Instant at, @Column(name = "contacted_by") String by) {

    /** The contact as recorded now: made by a channel, not in the future (5 minutes' clock skew). */
    public static ContactMade of(InterestChannel channel, Instant at, String actor, Instant now) {
        Require.present("channel", channel);
        Require.present("contactedAt", at);
        if (at.isAfter(now.plusSeconds(300))) {
            throw new InvalidInputException("contactedAt", "must not be in the future");
        }
        return new ContactMade(channel, at, actor);
    }
}
