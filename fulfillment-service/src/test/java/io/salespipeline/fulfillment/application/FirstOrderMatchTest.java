package io.salespipeline.fulfillment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderLine;
import io.salespipeline.fulfillment.domain.OrderTotals;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FirstOrderMatchTest {

    private static final UUID CONTRACT = UUID.randomUUID();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    // 3 x 199.99 less 10% = 539.97 net + 102.59 tax (19%).
    private static OrderLine line(String quantity, String discount) {
        return new OrderLine(1, "LIC-PRO", "Pro licence", "seat", new BigDecimal(quantity), eur("199.99"),
                new BigDecimal(discount), new BigDecimal("19"), eur("539.97"), eur("102.59"), eur("642.56"));
    }

    private static ClosedDeal deal(UUID contractId, String currency, OrderLine line, String total) {
        return new ClosedDeal("event e-2", UUID.randomUUID(), contractId,
                new ClosedDeal.NewCustomer("Renamed Ltd", "Someone", "someone@example.com", null),
                new ClosedDeal.FirstOrder(" PO-4711 ", LocalDate.parse("2027-01-15"), currency, List.of(line),
                        new OrderTotals(eur("539.97"), eur("102.59"), eur(total))));
    }

    private final Order taken = Order.receiveFirst(UUID.randomUUID(), UUID.randomUUID(), CONTRACT, "PO-4711",
            LocalDate.parse("2027-01-15"), "EUR", List.of(line("3", "10")),
            new OrderTotals(eur("539.97"), eur("102.59"), eur("642.56")), "system", "from the deal",
            Instant.parse("2026-11-30T09:00:00Z"));

    @Test
    void theSameOrderWrittenDifferentlyIsNoDifference() {
        // "10.00" for "10", "eur" for "EUR", a padded PO number, another customer name: the same order.
        assertEquals(Optional.empty(), FirstOrderMatch.difference(deal(CONTRACT, "eur", line("3.000", "10.00"),
                "642.560"), taken));
    }

    @Test
    void anotherContractQuantityOrTotalIsNamedWithBothValues() {
        UUID other = UUID.randomUUID();
        assertEquals(Optional.of("contractId is " + other + ", not " + CONTRACT),
                FirstOrderMatch.difference(deal(other, "EUR", line("3", "10"), "642.56"), taken));
        assertEquals(Optional.of("firstOrder.lines[0].quantity is 4, not 3"),
                FirstOrderMatch.difference(deal(CONTRACT, "EUR", line("4", "10"), "642.56"), taken));
        assertEquals(Optional.of("firstOrder.totals.total is 642.57, not 642.56"),
                FirstOrderMatch.difference(deal(CONTRACT, "EUR", line("3", "10"), "642.57"), taken));
        assertEquals(Optional.of("firstOrder.currency is USD, not EUR"),
                FirstOrderMatch.difference(deal(CONTRACT, "USD", line("3", "10"), "642.56"), taken));
    }
}
