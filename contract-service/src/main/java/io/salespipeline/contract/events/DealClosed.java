package io.salespipeline.contract.events;

import io.salespipeline.platform.privacy.Personal;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} exactly once per contract, when the sale is complete: the
 * proposal accepted, the contract signed by both parties, the first order placed.
 * fulfillment-service takes the order in from it. Owned by contract-service. {@code owner}
 * (the seller who worked the deal, null when unassigned) and {@code sharedWith} (possibly empty)
 * hand the deal's ownership on; {@code attribution} says where the deal came from (the lead's
 * source and UTM campaign; null: not known), kept with the order; {@code briefing} is what the
 * seller learned and promised (the company's profile, the applications with their stated savings,
 * the special terms of the proposal and the contract), for the customer's support owner;
 * {@code accountId} is the company account the deal is for (null: not known): the order attaches to
 * that account's customer.
 */
public record DealClosed(UUID contractId, UUID dealId, UUID proposalId, Customer customer, Terms terms,
        FirstOrder firstOrder, Instant signedAt, Instant closedAt, @Nullable String owner, List<String> sharedWith,
        @Nullable Attribution attribution, Briefing briefing,
        @Nullable UUID accountId) {

    public static final String TOPIC = "sales.deal.closed";
    public static final String TYPE = "io.salespipeline.contract.DealClosed.v1";

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

    /**
     * A term promised beyond the standard: source PROPOSAL (term "discount") or CONTRACT (the
     * term's name, its text departing from the template), and what.
     */
    public record SpecialTerm(String source, String term, String text) {
    }

    /**
     * country: ISO 3166 alpha-2, null when the proposal did not name it. Contact name and e-mail
     * travel encrypted with the deal's data key, unreadable once the person is erased.
     */
    public record Customer(@Nullable String company, @Personal(person = "dealId") String contactName,
            @Nullable @Personal(person = "dealId") String contactEmail, @Nullable String country) {
    }

    public record Terms(String paymentTerms, String delivery, String warranty, String liability, String duration,
            String renewal, String governingLaw) {
    }

    /**
     * receivedBy: {@code CUSTOMER_LINK} (placed by the customer on their link's page) or {@code MAIL}
     * (a purchase order the customer mailed, recorded by the seller); added later, so readers must
     * accept its absence (null for orders placed before it was told).
     */
    public record FirstOrder(@Nullable String poNumber, @Nullable LocalDate requestedDeliveryDate, String currency,
            List<Line> lines, Totals totals, String placedBy, Instant placedAt, @Nullable String receivedBy) {
    }

    public record Line(int lineNo, String sku, String name, String unit, BigDecimal quantity, Amount unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, Amount net, Amount tax, Amount total) {
    }

    public record Totals(Amount net, Amount tax, Amount total) {
    }

    /** An exact amount, written as a decimal string: {@code {"amount": "1234.50", "currency": "EUR"}}. */
    public record Amount(BigDecimal amount, String currency) {
    }
}
