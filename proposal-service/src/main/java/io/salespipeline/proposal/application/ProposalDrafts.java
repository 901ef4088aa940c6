package io.salespipeline.proposal.application;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.proposal.domain.Product;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Working on a draft before it is sent: its priced lines and its texts. Each one transaction. */
@ApplicationScoped
public class ProposalDrafts {

    @Inject
    ProposalUseCases proposals;

    /** The proposal with its new line, and that line's number. */
    public record AddedLine(Proposal proposal, int lineNo) {
    }

    /** A catalogue product at the catalogue's price of this moment, or at the negotiated unit price given. */
    @Transactional
    public AddedLine addLine(UUID id, String sku, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
        Proposal proposal = proposals.get(id);
        Product product = Product.bySku(sku == null ? "" : sku.strip())
                .orElseThrow(() -> new InvalidInputException("sku", "no product with SKU '" + sku + "' in the catalogue"));
        int lineNo = proposal.addLine(product, quantity, unitPrice, discountPercent, taxRatePercent, Instant.now());
        return new AddedLine(proposal, lineNo);
    }

    @Transactional
    public Proposal removeLine(UUID id, int lineNo) {
        Proposal proposal = proposals.get(id);
        proposal.removeLine(lineNo, Instant.now());
        return proposal;
    }

    @Transactional
    public Proposal describe(UUID id, String summary, String terms, PurchaseOrderReferences purchaseOrder) {
        Proposal proposal = proposals.get(id);
        proposal.describe(summary, terms, purchaseOrder, Instant.now());
        return proposal;
    }
}
