package io.salespipeline.platform.restriction;

import java.util.List;
import java.util.UUID;

/**
 * A deal the trade restrictions block (restricted country, denied party): answered 422
 * problem+json of type trade-restricted with the reasons; the refused action changes nothing.
 */
public class TradeRestrictedException extends RuntimeException {

    private final UUID dealId;
    private final List<String> reasons;

    public TradeRestrictedException(String action, UUID dealId, List<String> reasons) {
        super("The trade restrictions block this deal's " + action + ": " + String.join(" ", reasons));
        this.dealId = dealId;
        this.reasons = List.copyOf(reasons);
    }

    public UUID dealId() {
        return dealId;
    }

    public List<String> reasons() {
        return reasons;
    }
}
