package io.salespipeline.platform.restriction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.stage.Stage;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A step the trade restrictions refused (a lead's qualification, a contract's sending): which
 * record and deal, whose company and country, why, who tried and when, in the table
 * {@code blocked_deal} of the service that refused it. Kept for sales managers; the record itself
 * stayed as it was. The person's name and address are not kept here (the record has them, and
 * erasure reaches the record).
 */
@Entity
@Table(name = "blocked_deal")
public class BlockedDeal extends PanacheEntityBase {

    @Id
    private UUID id;
    private String stage;
    private UUID recordId;
    private UUID dealId;
    private String company;
    private String country;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> reasons;
    private String blockedBy;
    private Instant blockedAt;

    protected BlockedDeal() {
        // for JPA
    }

    /** {@code dealId} is null where there is no deal yet (a lead not qualified). */
    public static BlockedDeal of(Stage stage, UUID recordId, UUID dealId, String company, String country,
            List<String> reasons, String actor, Instant now) {
        BlockedDeal blocked = new BlockedDeal();
        blocked.id = Ids.newId();
        blocked.stage = stage.name();
        blocked.recordId = recordId;
        blocked.dealId = dealId;
        blocked.company = company;
        blocked.country = country == null || country.length() > 2 ? null : country;
        blocked.reasons = List.copyOf(reasons);
        blocked.blockedBy = actor;
        blocked.blockedAt = now;
        return blocked;
    }

    public UUID id() { return id; }
    public String stage() { return stage; }
    public UUID recordId() { return recordId; }
    public UUID dealId() { return dealId; }
    public String company() { return company; }
    public String country() { return country; }
    public List<String> reasons() { return reasons; }
    public String blockedBy() { return blockedBy; }
    public Instant blockedAt() { return blockedAt; }
}
