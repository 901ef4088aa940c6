package io.salespipeline.proposal.events;

import io.salespipeline.platform.privacy.Personal;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer accepts a sent proposal: the accepted version
 * with its lines and totals exactly as offered, and who accepted when (acceptedBy: the customer's
 * person, encrypted with the deal's data key; acceptanceRecordedBy: the user who recorded it).
 * procurement is the customer's procurement procedure and format the proposal's format (their
 * names); purchaseOrder holds the PO references (PURCHASE_ORDER_QUOTE only, else null); owner (the seller who works the deal, or
 * null) and sharedWith (other sellers' subjects, possibly empty) are for the next stage to copy.
 * attribution says where the deal came from (the lead's source and UTM campaign; null: not known),
 * for the later stages to carry on to the order. briefing is what the seller learned and promised
 * (the company's profile, the applications with their stated savings, the discounts promised), for
 * the later stages to carry on to the customer's support owner; accountId is the company account the
 * deal is for (null: not known), carried on so that the order attaches to the account's customer. contract-service drafts the contract from it. Owned by proposal-service; consumers read it
 * tolerantly. Amounts are decimal strings.
 */
public record ProposalAccepted(UUID proposalId, UUID dealId, int version, Customer customer, String procurement,
        String currency, List<Line> lines, Totals totals, LocalDate validUntil,
        @Personal(person = "dealId") String acceptedBy, Instant acceptedAt, String format, String quoteNumber,
        @Nullable PurchaseOrder purchaseOrder, String acceptanceRecordedBy, @Nullable String owner,
        List<String> sharedWith, @Nullable Attribution attribution, Briefing briefing,
        @Nullable UUID accountId) {

    public static final String TOPIC = "sales.proposal.accepted";
    public static final String TYPE = "io.salespipeline.proposal.ProposalAccepted.v1";

    /**
     * Where the deal came from: the lead's source kind and detail, and the (UTM) campaign its
     * revenue is attributed to; each may be null.
     */
    public record Attribution(@Nullable String sourceKind, @Nullable String sourceDetail, @Nullable String campaign) {
    }

    /**
     * What the seller learned and promised: profile null when the company was not described;
     * applications and specialTerms possibly empty. Nothing in it names a person.
     */
    public record Briefing(@Nullable Profile profile, List<Application> applications, List<SpecialTerm> specialTerms) {
    }

    /** The company as the seller described it; procurement is the procedure's name. Each may be null. */
    public record Profile(@Nullable String industry, @Nullable String companySize, @Nullable String businessModel,
            @Nullable String procurement) {
    }

    /** An application of the products with its stated saving per period (MONTH, QUARTER, YEAR). */
    public record Application(@Nullable UUID applicationId, String product, @Nullable Amount costSaving,
            @Nullable BigDecimal timeSavingHours, String period) {
    }

    /** A term promised beyond the standard: source PROPOSAL, term "discount", and what. */
    public record SpecialTerm(String source, String term, String text) {
    }

    /**
     * Contact name and e-mail travel encrypted with the deal's data key (as acceptedBy does),
     * unreadable once the person is erased; the company and the country (ISO 3166-1 alpha-2, null:
     * not known) stay readable: the contract stage screens the country against the restricted-country list.
     */
    public record Customer(@Nullable String company, @Personal(person = "dealId") String contactName,
            @Nullable @Personal(person = "dealId") String contactEmail, @Nullable String country) {
    }

    /** An exact amount in one currency. */
    public record Amount(BigDecimal amount, String currency) {
    }

    /** A priced line; net, tax and total are already rounded to the currency's minor unit (HALF_EVEN). */
    public record Line(int lineNo, String sku, String name, String unit, BigDecimal quantity, Amount unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, Amount net, Amount tax, Amount total) {
    }

    /** Sums of the rounded line amounts. */
    public record Totals(Amount net, Amount tax, Amount total) {
    }

    /** The buyer's references for the purchase order; each may be null. */
    public record PurchaseOrder(@Nullable String buyerReference, @Nullable String requisitionNumber,
            @Nullable String costCenter, @Nullable String invoiceAddress) {
    }
}
