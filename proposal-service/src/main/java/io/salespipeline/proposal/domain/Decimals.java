package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.DecimalBounds;
import io.salespipeline.platform.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * Bounds for client-given decimals (quantities, percentages): a value the database and the
 * documents can hold, written without needless trailing zeros ("3", not "3.000").
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal bounded(String field, BigDecimal value, int maxScale, int maxIntegerDigits) {
        // precision() and scale() first: setScale(0) of 1e5000000 would write out five million digits.
        if ((long) value.precision() - value.scale() > maxIntegerDigits) {
            throw new InvalidInputException(field, "must have at most " + maxIntegerDigits + " digits before the point");
        }
        BigDecimal plain = DecimalBounds.require(field, value).stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        if (plain.scale() > maxScale) {
            throw new InvalidInputException(field, "must have at most " + maxScale + " decimal places");
        }
        return plain;
    }
}
