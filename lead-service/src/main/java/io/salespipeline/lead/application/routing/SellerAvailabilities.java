package io.salespipeline.lead.application.routing;

import io.quarkus.security.ForbiddenException;
import io.salespipeline.lead.domain.SellerAvailability;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** A seller away or back: the seller themselves or a sales manager says so; a seller never marked is active. */
@ApplicationScoped
@RetriedOnConcurrentChange
public class SellerAvailabilities {

    @Inject
    Visibility visibility;

    @Inject
    CurrentActor actor;

    @Transactional
    public SellerAvailability mark(String subject, boolean away) {
        requireSelfOrManager(subject);
        Instant now = Instant.now();
        SellerAvailability availability = SellerAvailability.<SellerAvailability>findByIdOptional(subject)
                .orElse(null);
        if (availability == null) {
            availability = SellerAvailability.of(subject);
            availability.mark(away, actor.name(), now);
            availability.persist();
        } else {
            availability.mark(away, actor.name(), now);
        }
        return availability;
    }

    /** The seller's availability, for anyone in sales (who is in today); one never marked is active. */
    public SellerAvailability get(String subject) {
        return SellerAvailability.<SellerAvailability>findByIdOptional(subject).orElseGet(() -> SellerAvailability.of(subject));
    }

    private void requireSelfOrManager(String subject) {
        if (!visibility.seesAll() && !subject.equals(actor.subject())) {
            throw new ForbiddenException("A seller marks only themselves away or back; a sales manager marks anyone.");
        }
    }
}
