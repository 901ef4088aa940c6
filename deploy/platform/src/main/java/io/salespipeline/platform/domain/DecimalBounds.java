package io.salespipeline.platform.domain;

import java.math.BigDecimal;

/**
 * The largest exact decimal any client or event may hand a service: at most
 * {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_DECIMAL_PLACES} after
 * (trailing zeros aside). Checked with {@code precision()} and {@code scale()} only, before any
 * arithmetic or formatting: {@code 1e-5000000} or {@code 1e300000000} are a few bytes of JSON but
 * millions of digits once scaled or written out. The columns are PostgreSQL's unconstrained
 * {@code numeric} (131 072 digits before the point, 16 383 after): a line's amounts, products of
 * bounded factors, stay far inside them. Domains narrow these bounds where they have a rule.
 */
public final class DecimalBounds {

    public static final int MAX_INTEGER_DIGITS = 30;
    public static final int MAX_DECIMAL_PLACES = 12;
    /** Longest decimal text read at all: the digits above with sign, point and an exponent. */
    public static final int MAX_TEXT_LENGTH = 64;
    /** The same bounds for the OpenAPI document and clients. */
    public static final String PATTERN = "^-?[0-9]{1," + MAX_INTEGER_DIGITS + "}([.][0-9]{1," + MAX_DECIMAL_PLACES + "})?$";

    private DecimalBounds() {
    }

    /** The value itself, or with trailing zeros dropped where only they exceed the places. */
    public static BigDecimal require(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        // precision - scale: the digits before the point (<= 0 for 0.00x); long, so no overflow.
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        if (value.scale() <= MAX_DECIMAL_PLACES) {
            return value;
        }
        // Cheap: the unscaled value is short (bounded text), whatever the scale says.
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMAL_PLACES) {
            throw new InvalidInputException(field, "must have at most " + MAX_DECIMAL_PLACES + " decimal places");
        }
        return stripped;
    }

    /** A decimal written as text ("12.50", "1e3"), bounded before and after parsing. */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, "is not a decimal number of at most " + MAX_INTEGER_DIGITS
                    + " digits before the point and " + MAX_DECIMAL_PLACES + " after");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "is not a decimal number");
        }
        return require(field, value);
    }
}
