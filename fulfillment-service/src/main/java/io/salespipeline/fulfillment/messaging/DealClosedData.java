package io.salespipeline.fulfillment.messaging;

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
}
