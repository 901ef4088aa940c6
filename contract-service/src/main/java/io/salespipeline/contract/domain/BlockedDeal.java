package io.salespipeline.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contract sending the trade restrictions refused: which contract and deal, whose company and country,
 * why, who tried and when. Kept for sales managers; the contract stayed as it was. The person's name
 * and address are not kept here.
 */
@Entity
@Table(name = "blocked_deal")
public class BlockedDeal extends PanacheEntityBase {

    public static final String STAGE = "CONTRACT";

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

    public static BlockedDeal of(UUID contractId, UUID dealId, String company, String country, List<String> reasons, String actor,
            Instant now) {
        BlockedDeal blocked = new BlockedDeal();
        blocked.id = Ids.newId();
        blocked.stage = STAGE;
        blocked.recordId = contractId;
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
