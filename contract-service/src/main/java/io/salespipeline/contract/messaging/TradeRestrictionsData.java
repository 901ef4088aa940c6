package io.salespipeline.contract.messaging;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.restriction.TradeRestrictions;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * This service's reading of lead-service's TradeRestrictionsChanged.v1: the revision and both
 * lists; anything else is ignored. Missing lists read as empty.
 */
public record TradeRestrictionsData(Long revision, List<String> restrictedCountries, List<DeniedParty> deniedParties,
        Instant changedAt) {

    public record DeniedParty(String name, String domain) {
    }

    public long checkedRevision() {
        if (revision == null || revision < 1) {
            throw new InvalidInputException("revision", "must be 1 or more");
        }
        return revision;
    }

    public TradeRestrictions lists() {
        return new TradeRestrictions(restrictedCountries == null ? Set.of() : Set.copyOf(restrictedCountries),
                deniedParties == null ? List.of() : deniedParties.stream()
                        .map(p -> new TradeRestrictions.DeniedParty(p.name(), p.domain())).toList());
    }
}
