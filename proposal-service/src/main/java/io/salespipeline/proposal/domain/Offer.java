package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a proposal offers: priced lines in one currency, how long the offer stands, its texts and
 * (a purchase-order quote only) the buyer's purchase-order references. The proposal lets it
 * change only while it is a draft. Line numbers are never reused, so a removed line's number
 * cannot come to mean another line.
 *
 * <p>Pricing rule (platform {@link LinePrice}): per line, net = quantity x unit price x
 * (1 - discount%) and tax = net x tax rate%, each rounded HALF_EVEN to the currency's minor
 * unit; line total = net + tax. The totals are the sums of the rounded line amounts, never a
 * re-rounding of a sum.
 */
@Embeddable
public class Offer {

    private String currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("lineNo")
    @BatchSize(size = 64) // a page of proposals loads its lines in a few selects, not one per proposal
    private List<ProposalLine> lines = new ArrayList<>();
    private int lastLineNo;
    private LocalDate validUntil;
    private String summary;
    private String terms;
    @JdbcTypeCode(SqlTypes.JSON)
    private PurchaseOrderReferences purchaseOrder;

    protected Offer() {
        // for JPA
    }

    /** No lines yet, the seller's standard terms, valid for {@code validityDays} from today (UTC). */
    static Offer empty(String currency, int validityDays, String standardTerms, Instant now) {
        Offer offer = new Offer();
        offer.currency = Money.zero(currency).currency();
        offer.validUntil = today(now).plusDays(validityDays);
        offer.terms = Require.optionalText("terms", standardTerms, 20_000);
        return offer;
    }

    /** The same offer for the next version: lines exactly as offered (not re-priced), a new validity. */
    Offer renewed(int validityDays, Instant now) {
        Offer copy = empty(currency, validityDays, terms, now);
        copy.lines.addAll(lines.stream().map(ProposalLine::copy).toList());
        copy.lastLineNo = lastLineNo;
        copy.summary = summary;
        copy.purchaseOrder = purchaseOrder;
        return copy;
    }

    /** Checked before it is numbered: a refused line leaves the lines as they were. Returns the new line's number. */
    int add(Product product, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
        ProposalLine line = ProposalLine.offered(lastLineNo + 1, product, quantity, unitPrice, discountPercent,
                taxRatePercent, currency);
        lines.add(line);
        lastLineNo = line.lineNo();
        return lastLineNo;
    }

    void remove(UUID proposalId, int lineNo) {
        if (!lines.removeIf(line -> line.lineNo() == lineNo)) {
            throw new RecordNotFoundException("proposal line", proposalId + "/lines/" + lineNo);
        }
    }

    /** New texts (null keeps what is there) and purchase-order references, which only a PURCHASE_ORDER_QUOTE carries. */
    void describe(String newSummary, String newTerms, PurchaseOrderReferences references, ProposalFormat format) {
        if (references != null && format != ProposalFormat.PURCHASE_ORDER_QUOTE) {
            throw new InvalidInputException("purchaseOrder", "applies only to a PURCHASE_ORDER_QUOTE proposal (this is a "
                    + format + ")");
        }
        String checkedSummary = Require.optionalText("summary", newSummary, 20_000);
        String checkedTerms = Require.optionalText("terms", newTerms, 20_000);
        summary = checkedSummary != null ? checkedSummary : summary;
        terms = checkedTerms != null ? checkedTerms : terms;
        purchaseOrder = references != null ? references : purchaseOrder;
    }

    /** The format changed: purchase-order references stay on a PURCHASE_ORDER_QUOTE only. */
    void fitTo(ProposalFormat format) {
        if (format != ProposalFormat.PURCHASE_ORDER_QUOTE) {
            purchaseOrder = null;
        }
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The offer stands through its last day (UTC): it has ended once that day is over. */
    boolean endedBefore(Instant now) {
        return validUntil.isBefore(today(now));
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public LinePrice totals() {
        return lines.stream().map(line -> line.price(currency)).reduce(LinePrice.zero(currency), LinePrice::plus);
    }

    public String currency() {
        return currency;
    }

    public List<ProposalLine> lines() {
        return List.copyOf(lines);
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String summary() {
        return summary;
    }

    public String terms() {
        return terms;
    }

    /** Null unless the format is PURCHASE_ORDER_QUOTE and the seller recorded them. */
    public PurchaseOrderReferences purchaseOrder() {
        return purchaseOrder;
    }
}
