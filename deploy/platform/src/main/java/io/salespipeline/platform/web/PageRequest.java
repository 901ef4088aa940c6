package io.salespipeline.platform.web;

import io.salespipeline.platform.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset paging as every list of the API does it: an opaque cursor (the last id seen) and a
 * limit (default 50, at most 500). Parsed here so that a bad value is a 400, not a 404.
 */
public record PageRequest(UUID after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(String cursor, String limit) {
        return new PageRequest(decode(cursor), parseLimit(limit));
    }

    public static String cursorAfter(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("v1:")) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text.substring(3));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this API issued");
        }
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
