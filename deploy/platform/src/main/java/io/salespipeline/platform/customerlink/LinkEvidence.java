package io.salespipeline.platform.customerlink;

import io.salespipeline.platform.domain.Require;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the customer's act reached us: through which customer link, from which IP address, with
 * which user agent (the time is the act's own). The user agent is cut to 500 characters.
 */
@Schema(description = "How the customer's act reached us: through which customer link, from which IP address, "
        + "with which user agent (the time is the act's own).")
public record LinkEvidence(
        @Schema(required = true, description = "The customer link the act was done through (its id, never its "
                + "token).", examples = "0193a3c8-4b5c-7d6e-8f70-8192a3b4c5d6") UUID linkId,
        @Schema(required = true, description = "The IP address the act came from (IPv4 or IPv6, at most 64 "
                + "characters).", examples = "203.0.113.42") String ipAddress,
        @Schema(required = true, description = "The browser's User-Agent header, cut to 500 characters; \"(none)\" "
                + "when it sent none.", examples = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0")
        String userAgent) {

    public LinkEvidence {
        Require.present("linkId", linkId);
        ipAddress = Require.text("ipAddress", ipAddress, 64);
        userAgent = userAgent == null || userAgent.isBlank() ? "(none)"
                : userAgent.strip().substring(0, Math.min(500, userAgent.strip().length()));
    }
}
