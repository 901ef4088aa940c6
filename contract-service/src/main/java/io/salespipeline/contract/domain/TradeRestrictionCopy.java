package io.salespipeline.contract.domain;

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
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * This service's copy of the trade restriction lists lead-service owns, replaced in full by each
 * newer revision it publishes; an older or repeated revision changes nothing. Until the first
 * arrives both lists are empty: nothing is blocked.
 */
@Entity
@Table(name = "trade_restriction_copy")
public class TradeRestrictionCopy extends PanacheEntityBase {

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
    private Instant changedAt;
    private Instant receivedAt;

    protected TradeRestrictionCopy() {
        // for JPA
    }

    public static TradeRestrictionCopy current() {
        return TradeRestrictionCopy.<TradeRestrictionCopy>findByIdOptional(ID).orElseGet(TradeRestrictionCopy::empty);
    }

    public static TradeRestrictionCopy empty() {
        TradeRestrictionCopy copy = new TradeRestrictionCopy();
        copy.id = ID;
        return copy;
    }

    /** Takes the lists of a newer revision; answers false, changing nothing, for an older or the same one. */
    public boolean replace(long newRevision, TradeRestrictions lists, Instant listsChangedAt, Instant now) {
        if (newRevision <= revision) {
            return false;
        }
        revision = newRevision;
        restrictedCountries = new ArrayList<>(lists.restrictedCountries());
        deniedParties = new ArrayList<>(lists.deniedParties());
        changedAt = listsChangedAt;
        receivedAt = now;
        return true;
    }

    public TradeRestrictions restrictions() {
        return new TradeRestrictions(Set.copyOf(restrictedCountries), deniedParties);
    }

    public long revision() { return revision; }
}
