package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.restriction.TradeRestrictions;
import io.salespipeline.platform.restriction.TradeRestrictions.DeniedParty;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The restricted-country and denied-party lists (one row, set by an admin; audited like every
 * change). Each change raises the revision: the services holding a copy keep the highest one.
 * Out of the box both lists are empty: nothing is blocked.
 */
@Entity
@Table(name = "trade_restriction_list")
public class TradeRestrictionList extends PanacheEntityBase {

    /** The one row's id (also its audit trail's recordId). */
    public static final String ID = "trade-restrictions";

    @Id
    private String id;
    @Version
    private long lockVersion;
    private long revision;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> restrictedCountries = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private List<DeniedParty> deniedParties = new ArrayList<>();
    private String updatedBy;
    private Instant updatedAt;

    protected TradeRestrictionList() {
        // for JPA
    }

    /** The lists in force: the stored ones, or empty lists (revision 0) where none are stored. */
    public static TradeRestrictionList current() {
        return TradeRestrictionList.<TradeRestrictionList>findByIdOptional(ID).orElseGet(TradeRestrictionList::empty);
    }

    public static TradeRestrictionList empty() {
        TradeRestrictionList list = new TradeRestrictionList();
        list.id = ID;
        return list;
    }

    /** Replaces both lists (checked by TradeRestrictions.of) and raises the revision. */
    public void replace(TradeRestrictions restrictions, String actor, Instant now) {
        restrictedCountries = new ArrayList<>(restrictions.restrictedCountries());
        deniedParties = new ArrayList<>(restrictions.deniedParties());
        revision++;
        updatedBy = actor;
        updatedAt = now;
    }

    public TradeRestrictions restrictions() {
        return new TradeRestrictions(java.util.Set.copyOf(restrictedCountries), deniedParties);
    }

    public long revision() { return revision; }
    public List<String> restrictedCountries() { return List.copyOf(restrictedCountries); }
    public List<DeniedParty> deniedParties() { return List.copyOf(deniedParties); }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
