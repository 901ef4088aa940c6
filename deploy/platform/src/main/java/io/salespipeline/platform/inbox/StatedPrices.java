package io.salespipeline.platform.inbox;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the prices an event states against what its own lines give: every line priced again by
 * the platform's {@link LinePrice} rule, the document totals as the sums of the rounded lines, one
 * currency throughout, at least one line. A consumer calls it before the event changes anything;
 * a contradiction refuses the event ({@link InconsistentEventException}, parked on the dead-letter
 * topic with the field and both amounts as its reason). Wire records take part by having these
 * accessors (a record with the same components implements the interfaces as they are).
 */
public final class StatedPrices {

    /** A priced line as an event states it. */
    public interface Line {
        BigDecimal quantity();

        Money unitPrice();

        BigDecimal discountPercent();

        BigDecimal taxRatePercent();

        Money net();

        Money tax();

        Money total();
    }

    /** A document's totals as an event states them. */
    public interface Totals {
        Money net();

        Money tax();

        Money total();
    }

    private StatedPrices() {
    }

    /**
     * @param field the event field holding the lines and totals ("firstOrder"), for the reason
     * @param totals the stated totals, or null when the event states none (then only the lines are checked)
     * @return the recomputed sums of the lines
     */
    public static LinePrice check(String field, String currency, List<? extends Line> lines, Totals totals) {
        String code = currency(field + ".currency", currency);
        if (lines == null || lines.isEmpty()) {
            throw refused(field + ".lines", "has no line");
        }
        LinePrice sum = LinePrice.zero(code);
        for (int i = 0; i < lines.size(); i++) {
            sum = sum.plus(line(field + ".lines[" + i + "]", code, lines.get(i)));
        }
        if (totals != null) {
            stated(field + ".totals.net", code, totals.net(), sum.net(), "the sum of its lines");
            stated(field + ".totals.tax", code, totals.tax(), sum.tax(), "the sum of its lines");
            stated(field + ".totals.total", code, totals.total(), sum.total(), "the sum of its lines");
        }
        return sum;
    }

    /**
     * The lines' numbers as an event states them: each present, from 1 up, none twice (a line
     * stated twice would be delivered or billed twice).
     */
    public static void numbered(String field, List<Integer> lineNumbers) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lineNumbers.size(); i++) {
            Integer lineNo = lineNumbers.get(i);
            String at = field + ".lines[" + i + "].lineNo";
            if (lineNo == null || lineNo < 1) {
                throw refused(at, "is " + lineNo + "; lines are numbered from 1");
            }
            if (!seen.add(lineNo)) {
                throw refused(at, "is " + lineNo + ", the number of an earlier line");
            }
        }
    }

    private static LinePrice line(String field, String currency, Line line) {
        if (line == null) {
            throw refused(field, "is empty");
        }
        BigDecimal quantity = present(field + ".quantity", line.quantity());
        if (quantity.signum() <= 0) {
            throw refused(field + ".quantity", "is " + quantity.toPlainString() + "; it must be positive");
        }
        Money unitPrice = present(field + ".unitPrice", line.unitPrice());
        sameCurrency(field + ".unitPrice", currency, unitPrice);
        LinePrice price;
        try {
            price = LinePrice.of(quantity, unitPrice, present(field + ".discountPercent", line.discountPercent()),
                    present(field + ".taxRatePercent", line.taxRatePercent()));
        } catch (InvalidInputException e) {
            throw refused(field + "." + e.errors().get(0).field(), e.errors().get(0).message());
        }
        stated(field + ".net", currency, line.net(), price.net(), "the line's price");
        stated(field + ".tax", currency, line.tax(), price.tax(), "the line's price");
        stated(field + ".total", currency, line.total(), price.total(), "the line's price");
        return price;
    }

    private static void stated(String field, String currency, Money stated, Money computed, String source) {
        present(field, stated);
        sameCurrency(field, currency, stated);
        if (stated.amount().compareTo(computed.amount()) != 0) {
            throw refused(field, "is " + text(stated) + " but " + source + " gives " + text(computed));
        }
    }

    private static void sameCurrency(String field, String currency, Money amount) {
        if (!amount.currency().equals(currency)) {
            throw refused(field, "is in " + amount.currency() + ", not the document currency " + currency);
        }
    }

    private static String currency(String field, String code) {
        try {
            return Money.zero(present(field, code)).currency();
        } catch (InvalidInputException e) {
            throw refused(field, e.errors().get(0).message());
        }
    }

    private static <T> T present(String field, T value) {
        if (value == null) {
            throw refused(field, "is missing");
        }
        return value;
    }

    private static String text(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }

    private static InconsistentEventException refused(String field, String reason) {
        return new InconsistentEventException("Inconsistent event refused: " + field + " " + reason);
    }
}
