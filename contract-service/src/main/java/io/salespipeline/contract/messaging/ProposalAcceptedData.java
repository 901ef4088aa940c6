package io.salespipeline.contract.messaging;

import io.salespipeline.platform.inbox.StatedPrices;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of proposal-service's ProposalAccepted.v1: what a contract needs.
 * {@code owner} and {@code sharedWith} are the deal's ownership; events published before
 * ownership existed lack them (null: the contract is visible to sales managers only).
 * {@code totals} are read only to check them against the lines (the contract sums its own).
 */
public record ProposalAcceptedData(UUID proposalId, UUID dealId, Integer version, Customer customer, String currency,
        List<Line> lines, Totals totals, String owner, List<String> sharedWith) {

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
}
