package io.salespipeline.fulfillment.messaging;

import io.salespipeline.fulfillment.application.ClosedDeal;
import io.salespipeline.fulfillment.domain.OrderLine;
import io.salespipeline.fulfillment.domain.OrderTotals;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.StatedPrices;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of contract-service's DealClosed.v1: only what order intake keeps (the
 * contract terms stay with the contract). Unknown fields are ignored.
 */
public record DealClosedData(UUID contractId, UUID dealId, Customer customer, FirstOrder firstOrder,
        Instant closedAt) {

    /** country: ISO 3166 alpha-2 when the contract carries it (optional), for the BY_REGION hand-off. */
    public record Customer(String company, String contactName, String contactEmail, String country) {
    }

    public record FirstOrder(String poNumber, LocalDate requestedDeliveryDate, String currency, List<Line> lines,
            Totals totals) {
    }

    public record Line(Integer lineNo, String sku, String name, String unit, BigDecimal quantity, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, Money net, Money tax, Money total)
            implements StatedPrices.Line {
    }

    public record Totals(Money net, Money tax, Money total) implements StatedPrices.Totals {
    }

    /**
     * The closed deal to take in, for the deal the envelope names. Whoever can publish on the
     * topic could state any amounts: the lines are priced again and the totals summed (platform
     * {@code StatedPrices}); an event that contradicts itself is refused before anything changes.
     */
    ClosedDeal closedDeal(InboundEvent event) {
        FirstOrder placed = Require.present("firstOrder", firstOrder);
        Customer party = Require.present("customer", customer);
        StatedPrices.check("firstOrder", placed.currency(), placed.lines(),
                Require.present("firstOrder.totals", placed.totals()));
        return new ClosedDeal("event " + event.id(), event.dealId(), contractId,
                new ClosedDeal.NewCustomer(party.company(), party.contactName(), party.contactEmail(),
                        party.country()),
                new ClosedDeal.FirstOrder(placed.poNumber(), placed.requestedDeliveryDate(), placed.currency(),
                        lines(placed.lines()), totals(placed.totals())));
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
