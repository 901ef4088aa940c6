package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Whether a seller takes routed leads now: away (holiday, sick, busy) or back. A seller never
 * marked is active. Set by the seller or a sales manager; audited like every entity.
 */
@Entity
@Table(name = "seller_availability")
public class SellerAvailability extends PanacheEntityBase {

    @Id
    private String subject;
    @Version
    private long version;
    private boolean away;
    private String changedBy;
    private Instant changedAt;

    protected SellerAvailability() {
        // for JPA
    }

    public static SellerAvailability of(String subject) {
        SellerAvailability availability = new SellerAvailability();
        availability.subject = Require.text("subject", subject, 200);
        return availability;
    }

    public void mark(boolean nowAway, String actor, Instant now) {
        away = nowAway;
        changedBy = actor;
        changedAt = now;
    }

    public String subject() { return subject; }
    public boolean away() { return away; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
