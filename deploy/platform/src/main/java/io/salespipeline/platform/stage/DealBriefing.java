package io.salespipeline.platform.stage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.Money;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the seller learned and promised, for the support staff who take the customer over: a short
 * profile of the company, the applications of the products with their stated savings, and the
 * special terms promised on the way (in the proposal and the contract). Carried from the proposal
 * stage to the customer on every hand-off event as {@code briefing}; an event published before it
 * existed has none. Nothing in it names a person: the decision makers, culture notes and the
 * applications' reasoning stay at the prospect stage.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "What the seller learned and promised: the company's profile, the applications with their "
        + "stated savings and the special terms promised in the proposal and the contract.")
public record DealBriefing(
        @Schema(nullable = true, description = "The company as the seller came to know it; null: not described (a "
                + "deal that skipped the profile).") @Nullable ProfileSummary profile,
        @Schema(required = true, description = "The applications of the products the customer bought for, with "
                + "their stated savings; possibly empty.") List<ApplicationSaving> applications,
        @Schema(required = true, description = "The special terms promised: discounts the proposal gave and the "
                + "contract's terms that depart from its template; possibly empty.") List<SpecialTerm> specialTerms) {

    public DealBriefing {
        applications = applications == null ? List.of() : List.copyOf(applications);
        specialTerms = specialTerms == null ? List.of() : List.copyOf(specialTerms);
    }

    /** The same briefing with {@code more} special terms after those promised before. */
    public DealBriefing promising(List<SpecialTerm> more) {
        List<SpecialTerm> all = new java.util.ArrayList<>(specialTerms);
        all.addAll(more);
        return new DealBriefing(profile, applications, all);
    }

    /** The company as the seller came to know it; each may be null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "The company as the seller came to know it at the prospect stage.")
    public record ProfileSummary(
            @Schema(nullable = true, maxLength = 200, description = "The company's industry.",
                    examples = "Manufacturing") @Nullable String industry,
            @Schema(nullable = true, maxLength = 200, description = "The company's size.", examples = "200-500")
            @Nullable String companySize,
            @Schema(nullable = true, maxLength = 2000, description = "How the company makes its money.",
                    examples = "B2B components") @Nullable String businessModel,
            @Schema(nullable = true, maxLength = 50, description = "How the company buys (ONE_PAGE_QUOTE, "
                    + "PURCHASE_ORDER or FORMAL_RFP, as prospect-service names it).", examples = "FORMAL_RFP")
            @Nullable String procurement) {

        public ProfileSummary {
            industry = Require.optionalText("briefing.profile.industry", industry, 200);
            companySize = Require.optionalText("briefing.profile.companySize", companySize, 200);
            businessModel = Require.optionalText("briefing.profile.businessModel", businessModel, 2000);
            procurement = Require.optionalText("briefing.profile.procurement", procurement, 50);
        }
    }

    /** One application of the products with the saving the seller stated for it (per period). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "One application of the products to the customer's business, with its stated saving.")
    public record ApplicationSaving(
            @Schema(nullable = true, description = "The application's id at prospect-service.",
                    examples = "0193a3c5-8a9b-7c0d-9e1f-2a3b4c5d6e7f") @Nullable UUID applicationId,
            @Schema(required = true, maxLength = 200, description = "The product (or product line) applied.",
                    examples = "Pipeline CRM") String product,
            @Schema(nullable = true, description = "The stated cost saving per period; null when only time is saved.")
            @Nullable Money costSaving,
            @Schema(nullable = true, description = "The stated time saving in hours per period; null when only cost is "
                    + "saved.", examples = "40") @Nullable BigDecimal timeSavingHours,
            @Schema(required = true, maxLength = 20, description = "The period the savings are counted per (MONTH, "
                    + "QUARTER or YEAR).", examples = "YEAR") String period) {

        public ApplicationSaving {
            product = Require.text("briefing.applications.product", product, 200);
            period = Require.text("briefing.applications.period", period, 20);
        }
    }

    /** A term promised beyond the standard: where it was promised, which term, and what. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "A special term promised to the customer.")
    public record SpecialTerm(
            @Schema(required = true, description = "Where it was promised: PROPOSAL or CONTRACT.",
                    examples = "CONTRACT") String source,
            @Schema(required = true, maxLength = 100, description = "Which term: a discount of the proposal, or the "
                    + "contract's term by name (paymentTerms, delivery, warranty, liability, duration, renewal, "
                    + "governingLaw).", examples = "paymentTerms") String term,
            @Schema(required = true, maxLength = 4000, description = "What was promised.",
                    examples = "60 days net from the invoice date.") String text) {

        public SpecialTerm {
            source = Require.text("briefing.specialTerms.source", source, 20);
            term = Require.text("briefing.specialTerms.term", term, 100);
            text = Require.text("briefing.specialTerms.text", text, 4000);
        }
    }
}
