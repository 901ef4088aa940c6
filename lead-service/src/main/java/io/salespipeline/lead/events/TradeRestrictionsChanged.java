package io.salespipeline.lead.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The whole restricted-country and denied-party lists after an admin's change, published on
 * {@value #TOPIC} with the key {@value #KEY} (one key: changes stay in order). A reader keeps the
 * event with the highest revision and ignores older ones; each event replaces the copy in full.
 */
public record TradeRestrictionsChanged(long revision, List<String> restrictedCountries,
        List<DeniedParty> deniedParties, String changedBy, Instant changedAt) {

    public static final String TOPIC = "sales.trade-restrictions.changed";
    public static final String TYPE = "io.salespipeline.lead.TradeRestrictionsChanged.v1";
    public static final String KEY = "trade-restrictions";

    /** A party by its company name, its e-mail domain, or both: either may be absent. */
    public record DeniedParty(@Nullable String name, @Nullable String domain) {
    }
}
