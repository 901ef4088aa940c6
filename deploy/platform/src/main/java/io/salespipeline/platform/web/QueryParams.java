package io.salespipeline.platform.web;

import io.salespipeline.platform.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses query parameters taken as text: JAX-RS answers an unconvertible query parameter with
 * 404, but a bad filter is bad input and deserves a 400 that names it.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO-8601 instant ({@code 2026-11-23T10:00:00Z}). */
    public static java.time.Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 UTC instant such as 2026-11-23T10:00:00Z");
        }
    }

    /** An ISO-8601 date ({@code 2026-11-23}). */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 date such as 2026-11-23");
        }
    }
}
