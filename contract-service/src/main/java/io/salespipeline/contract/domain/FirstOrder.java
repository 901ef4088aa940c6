package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The customer's first order under the contract: the third condition of closing.
 * {@code receivedBy}: placed by the customer on their link's page, or a purchase order sent by
 * mail that the seller recorded (null on orders from before it was told).
 */
@Schema(description = "The customer's first order under the contract: with both signatures, it closes the deal.")
public record FirstOrder(
        @Schema(nullable = true, description = "The customer's purchase-order number; null when none was given.",
                examples = "PO-4711") String poNumber,
        @Schema(nullable = true, description = "The delivery date the customer asked for; null when none was given.",
                examples = "2026-04-01") LocalDate requestedDeliveryDate,
        @Schema(required = true, description = "The contract's currency (ISO 4217).", examples = "EUR") String currency,
        @Schema(required = true, description = "The lines ordered: every accepted line, or those named, each priced "
                + "again for the quantity ordered.") List<ContractLine> lines,
        @Schema(required = true, description = "The sums of the ordered lines' rounded amounts.") Totals totals,
        @Schema(required = true, description = "Who placed it, as \"subject (role)\".", examples = "sam.seller (seller)")
        String placedBy,
        @Schema(required = true, description = "When it was placed (UTC).", examples = "2026-03-04T14:00:00Z")
        Instant placedAt,
        @Schema(nullable = true, description = "How the order came: CUSTOMER_LINK when the customer placed it on their "
                + "first-order page, MAIL when the seller recorded a purchase order the customer sent by mail; null "
                + "for an order from before this was recorded.", examples = "CUSTOMER_LINK") OrderChannel receivedBy) {

    /**
     * All accepted lines ({@code ordered} null), or some of them, each once, in quantities no
     * larger than accepted; a partial line is priced again by the platform's line rule.
     */
    static FirstOrder place(String poNumber, LocalDate requestedDeliveryDate, String currency,
            List<ContractLine> accepted, List<OrderedQuantity> ordered, String actor, OrderChannel receivedBy, Instant now) {
        List<ContractLine> lines = ordered == null ? accepted : partOf(accepted, ordered);
        return new FirstOrder(Require.optionalText("poNumber", poNumber, 100), requestedDeliveryDate, currency,
                lines, Totals.of(lines, currency), actor, now, Require.present("receivedBy", receivedBy));
    }

    private static List<ContractLine> partOf(List<ContractLine> lines, List<OrderedQuantity> ordered) {
        // An explicit empty list orders nothing, which is no order: only an omitted list means "everything".
        if (ordered.isEmpty()) {
            throw new InvalidInputException("lines", "must name at least one line, or be omitted to order all");
        }
        Map<Integer, ContractLine> accepted = lines.stream()
                .collect(Collectors.toMap(ContractLine::lineNo, Function.identity()));
        Set<Integer> seen = new HashSet<>();
        List<ContractLine> result = new ArrayList<>();
        for (OrderedQuantity item : ordered) {
            Require.present("lines", item);
            ContractLine line = accepted.get(item.lineNo());
            if (line == null) {
                throw new InvalidInputException("lines", "line " + item.lineNo() + " is not in the contract");
            }
            if (!seen.add(item.lineNo())) {
                throw new InvalidInputException("lines", "line " + item.lineNo() + " is ordered twice");
            }
            BigDecimal quantity = Require.positive("lines.quantity", item.quantity());
            if (quantity.compareTo(line.quantity()) > 0) {
                throw new InvalidInputException("lines", "line " + item.lineNo() + " orders " + quantity.toPlainString()
                        + " but " + line.quantity().toPlainString() + " were accepted");
            }
            result.add(line.withQuantity(quantity));
        }
        return List.copyOf(result);
    }
}
