package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests of the pricing rule against an independent computation: exact fractions of
 * BigIntegers and a hand-written half-to-even rounding, no BigDecimal arithmetic and none of the
 * code under test. Rule: per line, net = qty x price x (100 - discount) / 100 and tax = net x
 * rate / 100, each rounded half to even to the currency's minor unit; totals are sums of the
 * rounded lines. Currencies with 2 (EUR), 0 (JPY) and 3 (KWD) minor digits.
 */
class ProposalPricingPropertyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    record LineSpec(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxRate) {
    }

    @Property(tries = 400)
    void linesAndTotalsFollowTheRule(@ForAll("currencies") String currency,
            @ForAll("lines") List<LineSpec> specs) {
        int minor = Money.zero(currency).minorDigits();
        Proposal proposal = Proposal.draft(new Handover(UUID.randomUUID(), null, new Customer("ACME", "Wile E.", null),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, null, List.of(), "e"),
                new OfferTerms(currency, 30, null), "s", NOW);
        BigInteger netSum = BigInteger.ZERO;
        BigInteger taxSum = BigInteger.ZERO;
        int n = 0;
        for (LineSpec spec : specs) {
            BigDecimal price = spec.unitPrice().setScale(Math.max(0, Math.min(spec.unitPrice().scale(), minor + 2)),
                    java.math.RoundingMode.DOWN);
            Product product = Product.of("SKU-" + n++, "Product", null, "unit", new Money(price, currency), true);
            proposal.addLine(product, spec.quantity(), spec.discount(), spec.taxRate(), NOW);

            // net = q x p x (100 - d) / 100, in minor units, as an exact fraction, then half-even.
            Fraction net = Fraction.of(spec.quantity()).times(Fraction.of(price))
                    .times(Fraction.of(BigDecimal.valueOf(100)).minus(Fraction.of(spec.discount())))
                    .dividedBy(BigInteger.valueOf(100)).times(BigInteger.TEN.pow(minor));
            BigInteger netMinor = net.roundHalfEven();
            Fraction tax = new Fraction(netMinor, BigInteger.ONE).times(Fraction.of(spec.taxRate()))
                    .dividedBy(BigInteger.valueOf(100));
            BigInteger taxMinor = tax.roundHalfEven();

            LinePrice actual = proposal.lines().get(proposal.lines().size() - 1).price(currency);
            assertEquals(new BigDecimal(netMinor, minor), actual.net().amount(), "net of " + spec);
            assertEquals(new BigDecimal(taxMinor, minor), actual.tax().amount(), "tax of " + spec);
            assertEquals(new BigDecimal(netMinor.add(taxMinor), minor), actual.total().amount(), "total of " + spec);
            netSum = netSum.add(netMinor);
            taxSum = taxSum.add(taxMinor);
        }
        LinePrice totals = proposal.totals();
        assertEquals(new BigDecimal(netSum, minor), totals.net().amount());
        assertEquals(new BigDecimal(taxSum, minor), totals.tax().amount());
        assertEquals(new BigDecimal(netSum.add(taxSum), minor), totals.total().amount());
        assertEquals(currency, totals.total().currency());
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "JPY", "KWD");
    }

    @Provide
    Arbitrary<List<LineSpec>> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"),
                new BigDecimal("100000")).ofScale(4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000"))
                .ofScale(3);
        // Percentages with up to 3 decimals, ties included (12.5 %, 0 %, 100 %).
        Arbitrary<BigDecimal> percent = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(3),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("12.5"), new BigDecimal("19"), new BigDecimal("100")));
        return Combinators.combine(quantity, price, percent, percent).as(LineSpec::new).list().ofMinSize(1)
                .ofMaxSize(8);
    }

    /** An exact non-negative fraction of BigIntegers, just enough arithmetic for the rule. */
    record Fraction(BigInteger numerator, BigInteger denominator) {

        static Fraction of(BigDecimal value) {
            return value.scale() >= 0 ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                    : new Fraction(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
        }

        Fraction times(Fraction other) {
            return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }

        Fraction times(BigInteger factor) {
            return new Fraction(numerator.multiply(factor), denominator);
        }

        Fraction minus(Fraction other) {
            return new Fraction(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Fraction dividedBy(BigInteger divisor) {
            return new Fraction(numerator, denominator.multiply(divisor));
        }

        /** The nearest integer; exactly half way goes to the even neighbour. */
        BigInteger roundHalfEven() {
            BigInteger[] qr = numerator.divideAndRemainder(denominator);
            int half = qr[1].shiftLeft(1).compareTo(denominator);
            if (half > 0 || (half == 0 && qr[0].testBit(0))) {
                return qr[0].add(BigInteger.ONE);
            }
            return qr[0];
        }
    }
}
