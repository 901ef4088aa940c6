package io.salespipeline.proposal.events;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.ProcurementProcedure;
import io.salespipeline.proposal.domain.ProposalFormat;
import io.salespipeline.proposal.domain.ProposalLine;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the customer accepts a sent proposal: the accepted version
 * with its lines and totals exactly as offered, and who accepted when (acceptedBy: the customer's
 * person; acceptanceRecordedBy: the user who recorded it). purchaseOrder holds the PO references
 * (PURCHASE_ORDER_QUOTE only); owner (the seller who works the deal, or null) and sharedWith (other
 * sellers' subjects, possibly empty) are for the next stage to copy. contract-service drafts the contract from it. Owned by
 * proposal-service; consumers read it tolerantly.
 */
public record ProposalAccepted(UUID proposalId, UUID dealId, int version, Customer customer,
        ProcurementProcedure procurement, String currency, List<Line> lines, Totals totals, LocalDate validUntil,
        String acceptedBy, Instant acceptedAt, ProposalFormat format, String quoteNumber,
        PurchaseOrderReferences purchaseOrder, String acceptanceRecordedBy, String owner, List<String> sharedWith) {

    public static final String TOPIC = "sales.proposal.accepted";
    public static final String TYPE = "io.salespipeline.proposal.ProposalAccepted.v1";

    /** A priced line; net, tax and total are already rounded to the currency's minor unit (HALF_EVEN). */
    public record Line(int lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total) {

        public static Line of(ProposalLine line, String currency) {
            LinePrice price = line.price(currency);
            return new Line(line.lineNo(), line.sku(), line.name(), line.unit(), line.quantity(),
                    line.unitPrice(currency), line.discountPercent(), line.taxRatePercent(), price.net(),
                    price.tax(), price.total());
        }
    }

    /** Sums of the rounded line amounts. */
    public record Totals(Money net, Money tax, Money total) {

        public static Totals of(LinePrice sum) {
            return new Totals(sum.net(), sum.tax(), sum.total());
        }
    }
}
