package io.salespipeline.prospect.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.prospect.domain.Influence;
import io.salespipeline.prospect.domain.InteractionType;
import io.salespipeline.prospect.domain.InterestLevel;
import io.salespipeline.prospect.domain.ProcurementProcedure;
import io.salespipeline.prospect.domain.SavingPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the prospect API. They carry only what a caller may set: no status, ids or dealId. */
public final class ProspectRequests {

    private ProspectRequests() {
    }

    @Schema(description = "An interaction to log in the rapport log.")
    public record InteractionInput(
            @Schema(required = true, description = "What kind of interaction it was.") @NotNull InteractionType type,
            @Schema(required = true, description = "When it took place (ISO-8601 UTC instant; not in the future).",
                    examples = "2026-03-10T15:00:00Z") @NotNull Instant occurredAt,
            @Schema(required = true, description = "What came of it.", maxLength = 4000,
                    examples = "Demo went well; IT wants the API docs.") @NotBlank String outcome,
            @Schema(description = "What the seller does next.", maxLength = 4000,
                    examples = "Send the API docs and book a call with IT.") String nextStep,
            @Schema(description = "The day to follow up (a date, not before the interaction's day).",
                    examples = "2026-03-17") LocalDate followUpOn,
            @Schema(description = "The prospect's interest as the seller judges it now; absent: unchanged.")
            InterestLevel interestLevel) {
    }

    @Schema(description = "The prospect's profile and procurement procedure, replaced as a whole.")
    public record ProfileInput(
            @Schema(required = true, description = "The prospect's industry.", maxLength = 200,
                    examples = "Industrial machinery") @NotBlank String industry,
            @Schema(required = true, description = "The company's size (employees, revenue band).", maxLength = 100,
                    examples = "250-500 employees") @NotBlank String companySize,
            @Schema(required = true, description = "How the prospect makes its money.", maxLength = 4000,
                    examples = "Builds and services packaging lines for food producers") @NotBlank String businessModel,
            @Schema(description = "How the prospect works and decides.", maxLength = 10000,
                    examples = "Consensus-driven; the plant managers have a strong say.") String cultureNotes,
            @Schema(required = true, description = "The people who take part in the buying decision (at most 50; may be "
                    + "empty).") @NotNull @Size(max = 50) List<@NotNull @Valid DecisionMakerInput> decisionMakers,
            @Schema(required = true, description = "How the prospect buys.") @NotNull @Valid ProcurementInput procurement) {
    }

    @Schema(description = "A person at the prospect who takes part in the buying decision.")
    public record DecisionMakerInput(
            @Schema(required = true, description = "The person's name.", maxLength = 200, examples = "Grace Hopper")
            @NotBlank String name,
            @Schema(required = true, description = "Their role.", maxLength = 200, examples = "CFO") @NotBlank String role,
            @Schema(required = true, description = "How much weight they carry.") @NotNull Influence influence) {
    }

    /** rfpReference, deadline and approvalSteps belong to FORMAL_RFP only (deadline and one step required there). */
    @Schema(description = "How the prospect buys. rfpReference, deadline and approvalSteps belong to FORMAL_RFP only "
            + "(deadline and at least one step required there; refused for the other procedures).")
    public record ProcurementInput(
            @Schema(required = true, description = "The procurement procedure.") @NotNull ProcurementProcedure procedure,
            @Schema(description = "What the seller must know about it.", maxLength = 4000,
                    examples = "Orders above 50k EUR need the CFO's signature.") String notes,
            @Schema(description = "The RFP's reference (FORMAL_RFP only).", maxLength = 200, examples = "RFP-2026-017")
            String rfpReference,
            @Schema(description = "The RFP's submission deadline, a date (FORMAL_RFP only, required there).",
                    examples = "2026-04-30") LocalDate deadline,
            @Schema(description = "The approvals the proposal must pass (FORMAL_RFP only: 1 to 20).")
            @Size(max = 20) List<@NotNull @Valid ApprovalStepInput> approvalSteps) {
    }

    @Schema(description = "One approval a formal RFP passes through.")
    public record ApprovalStepInput(
            @Schema(required = true, description = "The step.", maxLength = 200, examples = "Technical evaluation")
            @NotBlank String step,
            @Schema(description = "Who approves it.", maxLength = 200, examples = "IT architecture board") String approver) {
    }

    /** At least one of costSaving and timeSavingHours, above zero (checked by the domain). */
    @Schema(description = "A specific application of the products at the prospect: at least one of costSaving and "
            + "timeSavingHours, above zero.")
    public record ApplicationInput(
            @Schema(required = true, description = "The product (or product line) applied.", maxLength = 200,
                    examples = "Route planner") @NotBlank String product,
            @Schema(required = true, description = "The prospect's problem it solves.", maxLength = 4000,
                    examples = "Service technicians drive 30% more than needed.") @NotBlank String problem,
            @Schema(description = "The estimated cost saving per period, above zero.") Money costSaving,
            @Schema(description = "The estimated hours saved per period, above zero (an exact decimal string).",
                    examples = "80") BigDecimal timeSavingHours,
            @Schema(required = true, description = "The period the savings are per.") @NotNull SavingPeriod period,
            @Schema(required = true, description = "How the saving was estimated.", maxLength = 10000,
                    examples = "12 technicians x 40 km/day less at 0.35 EUR/km, 21 days a month.") @NotBlank String reasoning) {
    }

    /** A segment configured in sales.segments (GET /api/segments lists them). */
    @Schema(description = "The deal's new segment.")
    public record SegmentInput(@Schema(required = true, description = "A configured segment's name (GET /api/segments).",
            examples = "ENTERPRISE") @NotBlank String segment) {
    }

    /** The deal's currency, an ISO 4217 code (e.g. USD). */
    @Schema(description = "The deal's currency.")
    public record CurrencyInput(@Schema(required = true, description = "An ISO 4217 currency code; every amount of the "
            + "deal will be in it. Fixed once the deal is handed over for a proposal.", examples = "USD")
            @NotBlank String currency) {
    }

    @Schema(description = "Why the deal is lost.")
    public record LossInput(@Schema(required = true, description = "The reason, for the pipeline's figures and the "
            + "other stages.", examples = "Went with the incumbent supplier.") @NotBlank String reason) {
    }
}
