package io.salespipeline.prospect.events;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the seller knows the prospect well enough to propose: its
 * profile, how it buys, and the quantified applications the proposal is built on. Owned by
 * prospect-service; consumers read it tolerantly. {@code owner}: the seller who works the deal
 * (null: unassigned), {@code sharedWith}: who else may work it (in name order); the proposal
 * stage copies both. {@code currency}: the deal's ISO 4217 currency, every amount of the deal is in
 * it (null: none chosen, the proposal stage's standard currency applies).
 */
public record ProspectReadyForProposal(UUID prospectId, UUID dealId, Contact contact, @Nullable Profile profile,
        Procurement procurement, List<Application> applications, Instant readyAt, @Nullable String owner,
        List<String> sharedWith, @Nullable String currency) {

    public static final String TOPIC = "sales.prospect.ready-for-proposal";
    public static final String TYPE = "io.salespipeline.prospect.ProspectReadyForProposal.v1";

    /** The contact as the lead carried it at qualification. */
    public record Contact(String name, @Nullable String email, @Nullable String phone, @Nullable String company,
            @Nullable String jobTitle, @Nullable String country) {
    }

    /** influence: LOW, MEDIUM or HIGH. */
    public record DecisionMaker(String name, String role, String influence) {
    }

    public record Profile(String industry, String companySize, String businessModel, @Nullable String cultureNotes,
            List<DecisionMaker> decisionMakers) {
    }

    public record ApprovalStep(String step, @Nullable String approver) {
    }

    /** procedure: ONE_PAGE_QUOTE, PURCHASE_ORDER or FORMAL_RFP; the RFP's details only for FORMAL_RFP. */
    public record Procurement(String procedure, @Nullable String notes, @Nullable String rfpReference,
            @Nullable LocalDate deadline, List<ApprovalStep> approvalSteps) {
    }

    /** costSaving or timeSavingHours may be null (not both); period: MONTH, QUARTER or YEAR. */
    public record Application(UUID applicationId, String product, String problem, @Nullable Amount costSaving,
            @Nullable BigDecimal timeSavingHours, String period, String reasoning) {
    }

    /** An exact amount, written as a decimal string: {@code {"amount": "1234.50", "currency": "EUR"}}. */
    public record Amount(BigDecimal amount, String currency) {
    }
}
