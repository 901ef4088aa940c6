package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A proposal's priced lines in its one currency, and their totals: the sums of the rounded line
 * amounts, never a re-rounding of a sum. Line numbers are never reused, so a removed line's
 * number cannot come to mean another line.
 */
@Embeddable
public class PricedLines {

    private String currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("lineNo")
    @BatchSize(size = 64) // a page of proposals loads its lines in a few selects, not one per proposal
    private List<ProposalLine> lines = new ArrayList<>();
    private int lastLineNo;

    protected PricedLines() {
        // for JPA
    }

    static PricedLines in(String currency) {
        PricedLines priced = new PricedLines();
        priced.currency = Money.zero(currency).currency();
        return priced;
    }

    /** The same lines exactly as offered (not re-priced), for the next version. */
    PricedLines copy() {
        PricedLines copy = in(currency);
        copy.lines.addAll(lines.stream().map(ProposalLine::copy).toList());
        copy.lastLineNo = lastLineNo;
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

    boolean isEmpty() {
        return lines.isEmpty();
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
}
