package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The terms and conditions of the business relationship; every one is required. */
@Schema(description = "The terms and conditions of the business relationship: all seven are required, each a "
        + "non-blank text of at most 4000 characters.")
public record Terms(
        @Schema(required = true, description = "When and how the customer pays.",
                examples = "30 days net from the invoice date, by bank transfer.") String paymentTerms,
        @Schema(required = true, description = "How and when the products are delivered.",
                examples = "Licences are provisioned within 2 business days of the first order.") String delivery,
        @Schema(required = true, description = "What the seller warrants, and for how long.",
                examples = "The service performs as documented for the contract's duration.") String warranty,
        @Schema(required = true, description = "The limits of either party's liability.",
                examples = "Liability is limited to the fees paid in the 12 months before the claim.") String liability,
        @Schema(required = true, description = "How long the contract runs.",
                examples = "12 months from the date of the last signature.") String duration,
        @Schema(required = true, description = "Whether and how it renews, and how to give notice.",
                examples = "Renews for 12 months unless either party gives 3 months' notice.") String renewal,
        @Schema(required = true, description = "The law that governs the contract (and the place of jurisdiction).",
                examples = "German law; courts of Munich.") String governingLaw) {

    public Terms {
        paymentTerms = Require.text("paymentTerms", paymentTerms, 4000);
        delivery = Require.text("delivery", delivery, 4000);
        warranty = Require.text("warranty", warranty, 4000);
        liability = Require.text("liability", liability, 4000);
        duration = Require.text("duration", duration, 4000);
        renewal = Require.text("renewal", renewal, 4000);
        governingLaw = Require.text("governingLaw", governingLaw, 4000);
    }
}
