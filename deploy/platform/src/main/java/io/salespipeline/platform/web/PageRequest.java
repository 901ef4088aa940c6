package io.salespipeline.platform.web;

import io.salespipeline.platform.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset paging as every list of the API does it: an opaque cursor and a limit (default 50, at
 * most 500). Parsed here so that a bad value is a 400, not a 404.
 * <p>
 * A list in id order ({@link #of(String, String)}) has cursors holding the last id seen. A list
 * with a chosen sort ({@link #of(String, String, String)}, see {@code KeysetSort}) has cursors
 * holding the sort's name, the last row's sort key and its id: a cursor only continues the sort
 * it was issued for.
 */
public record PageRequest(UUID after, int limit, String sort, String afterKey) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest(UUID after, int limit) {
        this(after, limit, null, null);
    }

    public static PageRequest of(String cursor, String limit) {
        return new PageRequest(decode(cursor), parseLimit(limit));
    }

    /** A page of a list sorted by {@code sort} (a KeysetSort's name); the cursor must be of that sort. */
    public static PageRequest of(String cursor, String limit, String sort) {
        int size = parseLimit(limit);
        if (cursor == null || cursor.isBlank()) {
            return new PageRequest(null, size, sort, null);
        }
        String[] parts = text(cursor).split("\n", 4);
        if (parts.length != 4 || !parts[0].equals("v2")) {
            throw notOurs();
        }
        if (!parts[1].equals(sort)) {
            throw new InvalidInputException("cursor", "was issued for another sort (" + parts[1] + ")");
        }
        return new PageRequest(uuid(parts[2]), size, sort, parts[3]);
    }

    public static String cursorAfter(UUID lastId) {
        return encode("v1:" + lastId);
    }

    public static String cursorAfter(String sort, String lastKey, UUID lastId) {
        return encode("v2\n" + sort + "\n" + lastId + "\n" + lastKey);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static UUID decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String text = text(cursor);
        if (!text.startsWith("v1:")) {
            throw notOurs();
        }
        return uuid(text.substring(3));
    }

    private static String text(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    private static InvalidInputException notOurs() {
        return new InvalidInputException("cursor", "is not a cursor this API issued");
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
