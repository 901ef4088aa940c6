package io.salespipeline.contract.messaging;

import io.salespipeline.contract.application.DraftContract;
import io.salespipeline.contract.domain.ContractLine;
import io.salespipeline.contract.domain.Party;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.inbox.StatedPrices;
import io.salespipeline.platform.inbox.StatedTimes;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of proposal-service's ProposalAccepted.v1: what a contract needs.
 * {@code owner} and {@code sharedWith} are the deal's ownership; events published before
 * ownership existed lack them (null: the contract is visible to sales managers only).
 * {@code totals} are read only to check them against the lines (the contract sums its own),
 * {@code acceptedAt} only to check it is past. {@code attribution} (where the deal came from) is
 * missing in events published before it existed: not known; so is {@code briefing} (what the seller
 * learned and promised: the contract then tells support only its own special terms), and {@code accountId} (the company
 * account the deal is for).
 */
public record ProposalAcceptedData(UUID proposalId, UUID dealId, Integer version, Customer customer, String currency,
        List<Line> lines, Totals totals, Instant acceptedAt, String owner, List<String> sharedWith,
        Attribution attribution, DealBriefing briefing, UUID accountId) {

    /** country (ISO 3166 alpha-2) is read when the proposal carries it; fulfilment hands off by region with it. */
    public record Customer(String company, String contactName, String contactEmail, String country) {
    }

    public record Line(int lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total)
            implements StatedPrices.Line {
    }

    public record Totals(Money net, Money tax, Money total) implements StatedPrices.Totals {
    }

    /** The subjects it is shared with: none when missing; blank entries are no one. */
    public List<String> sharedWithOrEmpty() {
        return sharedWith == null ? List.of()
                : sharedWith.stream().filter(subject -> subject != null && !subject.isBlank()).toList();
    }

    /** The owner, or null when missing or blank. */
    public String ownerOrNull() {
        return owner == null || owner.isBlank() ? null : owner;
    }

    /**
     * The contract to draft. Whoever can publish on the topic could state anything: the event must
     * name the accepted proposal, its acceptance (when stated) must be past, the lines are priced
     * again and the totals (when stated) summed; an event that contradicts itself is refused, even
     * for a deal that already has its contract, so that it is seen on the dead-letter topic.
     */
    public DraftContract toDraft() {
        if (customer == null || lines == null || version == null) {
            throw new InvalidInputException("data", "ProposalAccepted needs customer, lines and version");
        }
        if (proposalId == null) {
            throw new InconsistentEventException(
                    "Inconsistent event refused: proposalId is missing; a contract is drafted from an accepted proposal");
        }
        StatedTimes.notInFuture("acceptedAt", acceptedAt);
        StatedPrices.check("proposal", currency, lines, totals);
        return new DraftContract(proposalId, version,
                new Party(customer.company(), customer.contactName(), customer.contactEmail(), customer.country()),
                currency, lines.stream().map(line -> new ContractLine(line.lineNo(), line.sku(), line.name(),
                        line.unit(), line.quantity(), line.unitPrice(), line.discountPercent(), line.taxRatePercent(),
                        line.net(), line.tax(), line.total())).toList(),
                ownerOrNull(), sharedWithOrEmpty(), attribution, briefing, accountId);
    }
}
