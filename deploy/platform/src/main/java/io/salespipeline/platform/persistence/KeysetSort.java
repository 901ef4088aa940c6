package io.salespipeline.platform.persistence;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.web.PageRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * A sort a keyset list offers: an HQL key expression (never null in any row) and a direction,
 * with the id as tie-breaker in the same direction. Back it with an index on (key, id).
 * <pre>
 * KeysetSort&lt;Lead&gt; NEWEST = KeysetSort.of("createdAt,desc", "createdAt", true, Instant.class, Lead::createdAt, Lead::id);
 * </pre>
 *
 * @param name the value clients pass as {@code sort=} and that cursors carry
 * @param keyType {@link Instant} or {@link String}: how the key travels in a cursor
 */
public record KeysetSort<E>(String name, String key, boolean descending, Class<?> keyType, Function<E, ?> keyOf,
        Function<E, UUID> idOf) {

    public KeysetSort {
        if (keyType != Instant.class && keyType != String.class) {
            throw new IllegalArgumentException("keyset sort keys are Instant or String, not " + keyType);
        }
    }

    public static <E> KeysetSort<E> of(String name, String key, boolean descending, Class<?> keyType,
            Function<E, ?> keyOf, Function<E, UUID> idOf) {
        return new KeysetSort<>(name, key, descending, keyType, keyOf, idOf);
    }

    /** The cursor that continues after this row. */
    public String cursorAfter(E row) {
        return PageRequest.cursorAfter(name, String.valueOf(keyOf.apply(row)), idOf.apply(row));
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return key + direction + ", id" + direction;
    }

    Object parseKey(String text) {
        if (keyType == String.class) {
            return text;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("cursor", "is not a cursor this API issued");
        }
    }
}
