package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderLine;
import io.salespipeline.fulfillment.domain.OrderTotals;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a closed deal told again states the first order the deal already has: the same contract
 * and the same order, line by line (amounts compared as numbers, "10" equals "10.00"). The order
 * is a snapshot that never changes after intake, so any difference is a contradiction, not news.
 * The customer is left out: it may have been edited or anonymised since.
 */
final class FirstOrderMatch {

    private FirstOrderMatch() {
    }

    /** The first field the closed deal states differently from the order taken in, with both values. */
    static Optional<String> difference(ClosedDeal deal, Order first) {
        ClosedDeal.FirstOrder placed = deal.firstOrder();
        List<String> differences = new ArrayList<>();
        differ(differences, "contractId", first.contractId(), deal.contractId());
        differ(differences, "firstOrder.poNumber", first.poNumber(), text(placed.poNumber()));
        differ(differences, "firstOrder.requestedDeliveryDate", first.requestedDeliveryDate(),
                placed.requestedDeliveryDate());
        differ(differences, "firstOrder.currency", first.currency(), currency(placed.currency()));
        differ(differences, "firstOrder.lines", first.lines().size() + " lines", placed.lines().size() + " lines");
        for (int i = 0; i < Math.min(first.lines().size(), placed.lines().size()); i++) {
            line(differences, "firstOrder.lines[" + i + "]", first.lines().get(i), placed.lines().get(i));
        }
        OrderTotals had = first.totals();
        OrderTotals stated = placed.totals();
        amount(differences, "firstOrder.totals.net", had.net(), stated.net());
        amount(differences, "firstOrder.totals.tax", had.tax(), stated.tax());
        amount(differences, "firstOrder.totals.total", had.total(), stated.total());
        return differences.stream().findFirst();
    }

    private static void line(List<String> differences, String field, OrderLine had, OrderLine stated) {
        differ(differences, field + ".lineNo", had.lineNo(), stated.lineNo());
        differ(differences, field + ".sku", text(had.sku()), text(stated.sku()));
        number(differences, field + ".quantity", had.quantity(), stated.quantity());
        amount(differences, field + ".unitPrice", had.unitPrice(), stated.unitPrice());
        number(differences, field + ".discountPercent", had.discountPercent(), stated.discountPercent());
        number(differences, field + ".taxRatePercent", had.taxRatePercent(), stated.taxRatePercent());
        amount(differences, field + ".net", had.net(), stated.net());
        amount(differences, field + ".tax", had.tax(), stated.tax());
        amount(differences, field + ".total", had.total(), stated.total());
    }

    private static void amount(List<String> differences, String field, Money had, Money stated) {
        if (had == null || stated == null || !had.currency().equals(stated.currency())) {
            differ(differences, field, had, stated);
        } else {
            number(differences, field, had.amount(), stated.amount());
        }
    }

    private static void number(List<String> differences, String field, BigDecimal had, BigDecimal stated) {
        if (had == null || stated == null ? had != stated : had.compareTo(stated) != 0) {
            differences.add(field + " is " + plain(stated) + ", not " + plain(had));
        }
    }

    private static void differ(List<String> differences, String field, Object had, Object stated) {
        if (!Objects.equals(had, stated)) {
            differences.add(field + " is " + stated + ", not " + had);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String currency(String code) {
        return code == null ? null : Money.zero(code).currency();
    }
}
