package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;
import java.util.UUID;

/**
 * How the customer's decision reached us: through which customer link, from which IP address, with
 * which user agent (the time is the decision's own). The user agent is cut to 500 characters.
 */
public record LinkEvidence(UUID linkId, String ipAddress, String userAgent) {

    public LinkEvidence {
        Require.present("linkId", linkId);
        ipAddress = Require.text("ipAddress", ipAddress, 64);
        userAgent = userAgent == null || userAgent.isBlank() ? "(none)"
                : userAgent.strip().substring(0, Math.min(500, userAgent.strip().length()));
    }
}
