package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An admin's routing rule: which new leads it takes (the way in, optionally one form or API key;
 * a territory as a country list or a region; nothing given: any) and the team of sellers who get
 * them in turn, each up to {@code maxOpenLeads} open leads (null: no limit). Rules are tried in
 * {@code position} order; the first that matches fires. Changes are audited like every entity.
 */
@Entity
@Table(name = "lead_routing_rule")
public class RoutingRule extends PanacheEntityBase {

    @Id
    private UUID id;
    @Version
    private long version;
    private int position;
    private String name;
    @Enumerated(EnumType.STRING)
    private RoutingWay way;
    private String wayRef;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> countries;
    private String region;
    private String team;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> sellers;
    private Integer maxOpenLeads;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected RoutingRule() {
        // for JPA
    }

    /** What an admin configures (everything but the rule's identity). */
    public record Settings(Integer position, String name, RoutingWay way, String wayRef, List<String> countries,
            String region, String team, List<String> sellers, Integer maxOpenLeads) {
    }

    public static RoutingRule define(Settings settings, int nextPosition, Territories territories, String actor,
            Instant now) {
        RoutingRule rule = new RoutingRule();
        rule.id = Ids.newId();
        rule.createdBy = actor;
        rule.createdAt = now;
        rule.configure(settings, nextPosition, territories, now);
        return rule;
    }

    /** Replaces the whole configuration; a rule without a position keeps {@code defaultPosition}. */
    public void configure(Settings settings, int defaultPosition, Territories territories, Instant now) {
        Require.present("body", settings);
        position = settings.position() == null ? defaultPosition : settings.position();
        if (position < 0 || position > 1_000_000) {
            throw new InvalidInputException("position", "must be between 0 and 1000000");
        }
        name = Require.text("name", settings.name(), 200);
        way = settings.way();
        wayRef = Require.optionalText("wayRef", settings.wayRef(), 200);
        if (wayRef != null && way != RoutingWay.WEB_FORM && way != RoutingWay.API_KEY) {
            throw new InvalidInputException("wayRef", "names a form (way WEB_FORM) or an API key id (way API_KEY) only");
        }
        countries = checkedCountries(settings.countries());
        region = Require.optionalText("region", settings.region(), 100);
        if (region != null && !countries.isEmpty()) {
            throw new InvalidInputException("region", "give countries or a region, not both");
        }
        if (region != null && !territories.knows(region)) {
            throw new InvalidInputException("region", "is not a configured region; known: " + territories.regions().keySet());
        }
        team = Require.text("team", settings.team(), 200);
        sellers = checkedSellers(settings.sellers());
        if (settings.maxOpenLeads() != null && (settings.maxOpenLeads() < 1 || settings.maxOpenLeads() > 100_000)) {
            throw new InvalidInputException("maxOpenLeads", "must be between 1 and 100000 (or absent: no limit)");
        }
        maxOpenLeads = settings.maxOpenLeads();
        updatedAt = now;
    }

    private static List<String> checkedCountries(List<String> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > 300) {
            throw new InvalidInputException("countries", "at most 300");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String code : given) {
            String country = Territories.country(code);
            if (country == null || !country.matches("[A-Z]{2}")) {
                throw new InvalidInputException("countries", "each must be an ISO 3166 alpha-2 code such as DE");
            }
            checked.add(country);
        }
        return List.copyOf(checked);
    }

    private static List<String> checkedSellers(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("sellers", "the team needs at least one seller");
        }
        if (given.size() > 100) {
            throw new InvalidInputException("sellers", "at most 100");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String seller : given) {
            if (!checked.add(Require.text("sellers", seller, 200))) {
                throw new InvalidInputException("sellers", "names " + seller + " twice");
            }
        }
        return List.copyOf(checked);
    }

    /** Whether a lead arriving this way from this country is this rule's. */
    public boolean matches(Arrival arrival, Territories territories) {
        if (way != null && way != arrival.way()) {
            return false;
        }
        if (wayRef != null && !wayRef.equals(arrival.ref())) {
            return false;
        }
        String country = Territories.country(arrival.country());
        if (country == null) {
            return countries.isEmpty() && region == null; // a lead of no country: only rules of any territory
        }
        if (!countries.isEmpty()) {
            return countries.contains(country);
        }
        return region == null || territories.countriesOf(region).contains(country);
    }

    public UUID id() { return id; }
    public int position() { return position; }
    public String name() { return name; }
    public RoutingWay way() { return way; }
    public String wayRef() { return wayRef; }
    public List<String> countries() { return countries; }
    public String region() { return region; }
    public String team() { return team; }
    /** In turn order. */
    public List<String> sellers() { return sellers; }
    public Integer maxOpenLeads() { return maxOpenLeads; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
