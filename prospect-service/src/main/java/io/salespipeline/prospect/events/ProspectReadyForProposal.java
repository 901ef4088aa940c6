package io.salespipeline.prospect.events;

import io.salespipeline.platform.privacy.Personal;
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
 * stage copies both. {@code attribution}: where the deal came from (the lead's source and UTM
 * campaign), null when the lead did not say; the later stages carry it on to the order.
 * {@code currency}: the deal's ISO 4217 currency, every amount of the deal is in it (null: none
 * chosen, the proposal stage's standard currency applies). {@code accountId}: the company account the
 * deal is for, as the lead named it (null: not known); the later stages carry it on to the order.
 */
public record ProspectReadyForProposal(UUID prospectId, UUID dealId, Contact contact, @Nullable Profile profile,
        Procurement procurement, List<Application> applications, Instant readyAt, @Nullable String owner,
        List<String> sharedWith, @Nullable Attribution attribution, @Nullable String currency,
        @Nullable UUID accountId) {

    public static final String TOPIC = "sales.prospect.ready-for-proposal";
    public static final String TYPE = "io.salespipeline.prospect.ProspectReadyForProposal.v1";

    /**
     * Where the deal came from: the lead's source kind and detail, and the (UTM) campaign its
     * revenue is attributed to; each may be null.
     */
    public record Attribution(@Nullable String sourceKind, @Nullable String sourceDetail, @Nullable String campaign) {
    }

    /**
     * The contact as the lead carried it at qualification. Name, e-mail, phone and job title travel
     * encrypted with the deal's data key (the stages after the lead know the person by the deal),
     * unreadable once the person is erased; company and country stay readable.
     */
    public record Contact(@Personal(person = "dealId") String name,
            @Nullable @Personal(person = "dealId") String email, @Nullable @Personal(person = "dealId") String phone,
            @Nullable String company, @Nullable @Personal(person = "dealId") String jobTitle,
            @Nullable String country) {
    }

    /**
     * influence: LOW, MEDIUM or HIGH. The name travels encrypted with the deal's key: a decision
     * maker is no person of their own here (no id, no contact data), so the deal's erasure takes it too.
     */
    public record DecisionMaker(@Personal(person = "dealId") String name, String role, String influence) {
    }

    public record Profile(String industry, String companySize, String businessModel, @Nullable String cultureNotes,
            List<DecisionMaker> decisionMakers) {
    }

    /** approver: who approves at this step (may name a person): encrypted with the deal's key. */
    public record ApprovalStep(String step, @Nullable @Personal(person = "dealId") String approver) {
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
