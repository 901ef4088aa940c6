package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What binds a signature to the person beyond the document hash: how it was given, and for a
 * customer link the link, whether the one-time code was checked, the IP address and user agent;
 * for a wet-ink signature the scan and who confirmed it. {@code recordedBy}: the actor who recorded it.
 */
@Embeddable
@Schema(description = "How a signature was given and what binds it to the person: for a customer link the link, "
        + "the one-time code check, IP address and user agent; for a wet-ink signature the scan and its confirmer.")
public record SignatureEvidence(
        @Schema(required = true, description = "How the signature was given.", examples = "CUSTOMER_LINK")
        @Enumerated(EnumType.STRING) SignatureMethod method,
        @Schema(nullable = true, description = "The customer link it was given on; null unless CUSTOMER_LINK.",
                examples = "0193a3d0-4b5c-7d6e-8f90-a1b2c3d4e5f6") UUID linkId,
        @Schema(required = true, description = "true when the one-time code sent to the contact's address was "
                + "checked before signing (always for CUSTOMER_LINK, never otherwise).") boolean codeChecked,
        @Schema(nullable = true, maxLength = 64, description = "The IP address the customer signed from, as the "
                + "service saw it; null unless CUSTOMER_LINK.", examples = "203.0.113.42") String ipAddress,
        @Schema(nullable = true, maxLength = 512, description = "The customer's browser (User-Agent header, cut to "
                + "512 characters); null unless CUSTOMER_LINK or when the browser sent none.",
                examples = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0") String userAgent,
        @Schema(required = true, description = "Who recorded it: the seller's name (SELLER_ACCOUNT), the uploader's "
                + "(WET_INK), or customer-link:<linkId> (CUSTOMER_LINK).", examples = "sam.seller") String recordedBy,
        @Schema(nullable = true, description = "The wet-ink scan confirmed as the signature; null unless WET_INK.",
                examples = "0193a3d4-8f90-7a1b-82c3-d4e5f6a7b8c9") UUID scanId,
        @Schema(nullable = true, description = "The sales manager who confirmed the scan; null unless WET_INK.",
                examples = "mia.manager") String confirmedBy) {

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
