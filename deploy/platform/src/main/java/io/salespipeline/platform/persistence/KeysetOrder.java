package io.salespipeline.platform.persistence;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;

/**
 * The order PostgreSQL gives a keyset list, as a Java comparator, so that two halves read from
 * the database in that order can be merged here (see {@link Keyset#fetchVisible}). Ids compare
 * as PostgreSQL's uuid does (unsigned, byte by byte), not as {@link UUID#compareTo} (signed).
 * String keys compare by code point, as the C collation orders UTF-8 text (byte by byte): the
 * embedded PostgreSQL of tests and the local run is initialised with locale C (infra
 * PostgresServer); a database with a linguistic collation would need its sort keys declared
 * {@code collate "C"} for this merge to agree with it.
 */
public final class KeysetOrder {

    private KeysetOrder() {
    }

    /** Id order, ascending (a list made with {@link Keyset#after}). */
    public static <E> Comparator<E> byId(Function<E, UUID> idOf) {
        return (left, right) -> compareIds(idOf.apply(left), idOf.apply(right));
    }

    /** The sort's key, then the id, both in the sort's direction. */
    public static <E> Comparator<E> of(KeysetSort<E> sort) {
        Comparator<E> ascending = (left, right) -> {
            int byKey = compareKeys(sort.keyOf().apply(left), sort.keyOf().apply(right));
            return byKey != 0 ? byKey : compareIds(sort.idOf().apply(left), sort.idOf().apply(right));
        };
        return sort.descending() ? ascending.reversed() : ascending;
    }

    static int compareIds(UUID left, UUID right) {
        int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
    }

    static int compareKeys(Object left, Object right) {
        if (left instanceof String text) {
            return compareCodePoints(text, (String) right);
        }
        return ((Instant) left).compareTo((Instant) right);
    }

    private static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
