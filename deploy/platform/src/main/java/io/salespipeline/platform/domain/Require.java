package io.salespipeline.platform.domain;

import java.math.BigDecimal;

/** Argument checks for domain objects, failing as {@link InvalidInputException} (400). */
public final class Require {

    private Require() {
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    public static BigDecimal positive(String field, BigDecimal value) {
        if (present(field, value).signum() <= 0) {
            throw new InvalidInputException(field, "must be greater than zero");
        }
        return value;
    }

    public static BigDecimal percentage(String field, BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field, "must be between 0 and 100");
        }
        return value;
    }
}
