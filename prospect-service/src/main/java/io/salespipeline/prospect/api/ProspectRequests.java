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

/** Request bodies of the prospect API. They carry only what a caller may set: no status, ids or dealId. */
public final class ProspectRequests {

    private ProspectRequests() {
    }

    public record InteractionInput(@NotNull InteractionType type, @NotNull Instant occurredAt,
            @NotBlank String outcome, String nextStep, LocalDate followUpOn, InterestLevel interestLevel) {
    }

    public record ProfileInput(@NotBlank String industry, @NotBlank String companySize,
            @NotBlank String businessModel, String cultureNotes,
            @NotNull @Size(max = 50) List<@NotNull @Valid DecisionMakerInput> decisionMakers,
            @NotNull @Valid ProcurementInput procurement) {
    }

    public record DecisionMakerInput(@NotBlank String name, @NotBlank String role, @NotNull Influence influence) {
    }

    /** rfpReference, deadline and approvalSteps belong to FORMAL_RFP only (deadline and one step required there). */
    public record ProcurementInput(@NotNull ProcurementProcedure procedure, String notes, String rfpReference,
            LocalDate deadline, @Size(max = 20) List<@NotNull @Valid ApprovalStepInput> approvalSteps) {
    }

    public record ApprovalStepInput(@NotBlank String step, String approver) {
    }

    /** At least one of costSaving and timeSavingHours, above zero (checked by the domain). */
    public record ApplicationInput(@NotBlank String product, @NotBlank String problem, Money costSaving,
            BigDecimal timeSavingHours, @NotNull SavingPeriod period, @NotBlank String reasoning) {
    }

    /** A segment configured in sales.segments (GET /api/segments lists them). */
    public record SegmentInput(@NotBlank String segment) {
    }

    /** The deal's currency, an ISO 4217 code (e.g. USD). */
    public record CurrencyInput(@NotBlank String currency) {
    }

    public record LossInput(@NotBlank String reason) {
    }
}
