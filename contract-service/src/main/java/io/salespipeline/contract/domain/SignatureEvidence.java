package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/**
 * What binds a signature to the person beyond the document hash: how it was given, and for a
 * customer link the link, whether the one-time code was checked, the IP address and user agent;
 * for a wet-ink signature the scan and who confirmed it. {@code recordedBy}: the actor who recorded it.
 */
@Embeddable
public record SignatureEvidence(@Enumerated(EnumType.STRING) SignatureMethod method, UUID linkId,
        boolean codeChecked, String ipAddress, String userAgent, String recordedBy, UUID scanId,
        String confirmedBy) {

    public static SignatureEvidence sellerAccount(String recordedBy) {
        return new SignatureEvidence(SignatureMethod.SELLER_ACCOUNT, null, false, null, null, recordedBy, null, null);
    }

    /** The customer on their link's page, the code sent to their address checked. */
    public static SignatureEvidence customerLink(UUID linkId, String ipAddress, String userAgent) {
        return new SignatureEvidence(SignatureMethod.CUSTOMER_LINK, Require.present("linkId", linkId), true,
                clip(ipAddress, 64), clip(userAgent, 512), "customer-link:" + linkId, null, null);
    }

    static SignatureEvidence wetInk(WetInkScan scan) {
        return new SignatureEvidence(SignatureMethod.WET_INK, null, false, null, null, scan.uploadedBy(), scan.id(),
                scan.confirmedBy());
    }

    /** Headers are the client's to choose: kept, but bounded. */
    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
