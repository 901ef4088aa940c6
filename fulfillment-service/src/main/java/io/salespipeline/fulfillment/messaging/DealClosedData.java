package io.salespipeline.fulfillment.messaging;

import io.salespipeline.fulfillment.application.ClosedDeal;
import io.salespipeline.fulfillment.domain.OrderLine;
import io.salespipeline.fulfillment.domain.OrderTotals;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.inbox.StatedPrices;
import io.salespipeline.platform.inbox.StatedTimes;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of contract-service's DealClosed.v1: only what order intake keeps (the
 * contract terms stay with the contract) and what proves the deal closed (the accepted proposal,
 * the signed contract, when) and where the deal came from ({@code attribution}; missing in events
 * published before it existed: not known), the seller who closed it ({@code owner}; null:
 * unassigned) and what the seller learned and promised ({@code briefing}; both missing in events
 * published before they existed: the customer then has no seller and no briefing) and the company
 * account it is for ({@code accountId}; null or missing: not known). Unknown fields are ignored.
 */
public record DealClosedData(UUID contractId, UUID dealId, UUID proposalId, Customer customer, FirstOrder firstOrder,
        Instant signedAt, Instant closedAt, Attribution attribution, String owner, DealBriefing briefing,
        UUID accountId) {

    /** country: ISO 3166 alpha-2 when the contract carries it (optional), for the BY_REGION hand-off. */
    public record Customer(String company, String contactName, String contactEmail, String country) {
    }

    public record FirstOrder(String poNumber, LocalDate requestedDeliveryDate, String currency, List<Line> lines,
            Totals totals, Instant placedAt) {
    }

    public record Line(Integer lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total)
            implements StatedPrices.Line {
    }

    public record Totals(Money net, Money tax, Money total) implements StatedPrices.Totals {
    }

    /**
     * The closed deal to take in, for the deal the envelope names. Whoever can publish on the
     * topic could state anything: a deal closes only with an accepted proposal, a signed contract
     * and a placed first order, so the event must name the proposal and the contract, and its
     * times must be past and in order (platform {@code StatedTimes}); the lines are priced again
     * and the totals summed (platform {@code StatedPrices}). An event that contradicts itself is
     * refused before anything changes.
     */
    ClosedDeal closedDeal(InboundEvent event) {
        FirstOrder placed = Require.present("firstOrder", firstOrder);
        Customer party = Require.present("customer", customer);
        provesTheDealClosed(placed);
        StatedPrices.check("firstOrder", placed.currency(), placed.lines(),
                Require.present("firstOrder.totals", placed.totals()));
        StatedPrices.numbered("firstOrder", placed.lines().stream().map(l -> l == null ? null : l.lineNo()).toList());
        return new ClosedDeal("event " + event.id(), event.dealId(), contractId,
                new ClosedDeal.NewCustomer(party.company(), party.contactName(), party.contactEmail(),
                        party.country()),
                new ClosedDeal.FirstOrder(placed.poNumber(), placed.requestedDeliveryDate(), placed.currency(),
                        lines(placed.lines()), totals(placed.totals())), attribution,
                owner == null || owner.isBlank() ? null : owner.strip(), briefing, accountId);
    }

    /** The three facts that close a deal, as the event states them. */
    private void provesTheDealClosed(FirstOrder placed) {
        if (proposalId == null) {
            throw new InconsistentEventException(
                    "Inconsistent event refused: proposalId is missing; a deal closes only on an accepted proposal");
        }
        if (contractId == null) {
            throw new InconsistentEventException(
                    "Inconsistent event refused: contractId is missing; a deal closes only on a signed contract");
        }
        StatedTimes.required("signedAt", signedAt);
        StatedTimes.required("closedAt", closedAt);
        StatedTimes.notInFuture("firstOrder.placedAt", placed.placedAt());
        StatedTimes.inOrder("signedAt", signedAt, "closedAt", closedAt);
        StatedTimes.inOrder("firstOrder.placedAt", placed.placedAt(), "closedAt", closedAt);
    }

    private static List<OrderLine> lines(List<Line> lines) {
        return lines == null ? List.of() : lines.stream()
                .map(l -> l == null ? null : new OrderLine(l.lineNo() == null ? 0 : l.lineNo(), l.sku(), l.name(),
                        l.unit(), l.quantity(), l.unitPrice(), l.discountPercent(), l.taxRatePercent(), l.net(),
                        l.tax(), l.total()))
                .toList();
    }

    private static OrderTotals totals(Totals totals) {
        return totals == null ? null : new OrderTotals(totals.net(), totals.tax(), totals.total());
    }
}
