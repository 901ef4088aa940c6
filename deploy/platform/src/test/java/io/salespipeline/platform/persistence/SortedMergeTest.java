package io.salespipeline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Merging a seller's own records and those shared with them, each half read in the list's order. */
class SortedMergeTest {

    record Row(UUID id, Instant created, String name) {
    }

    private static final KeysetSort<Row> NEWEST =
            KeysetSort.of("createdAt,desc", "createdAt", true, Instant.class, Row::created, Row::id);
    private static final KeysetSort<Row> NAME =
            KeysetSort.of("name,asc", "sortName", false, String.class, Row::name, Row::id);

    private static final Instant T = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void takesTheFirstRowsOfBothHalvesInTheirOrder() {
        Row a = row(1, 50, "a");
        Row b = row(2, 40, "b");
        Row c = row(3, 30, "c");
        Row d = row(4, 20, "d");
        Row e = row(5, 10, "e");
        Comparator<Row> newest = KeysetOrder.of(NEWEST);

        assertEquals(List.of(a, b, c), SortedMerge.first(3, List.of(a, c, e), List.of(b, d), newest));
        assertEquals(List.of(a, b, c, d, e), SortedMerge.first(6, List.of(a, c, e), List.of(b, d), newest));
        assertEquals(List.of(b, d), SortedMerge.first(3, List.of(), List.of(b, d), newest));
        assertEquals(List.of(a), SortedMerge.first(1, List.of(a), List.of(), newest));
        assertEquals(List.of(), SortedMerge.first(3, List.of(), List.of(), newest));
    }

    @Test
    void equalKeysAreOrderedByIdInTheSortsDirection() {
        Row first = row(9, 10, "same");
        Row second = row(8, 10, "same");
        // Newest first: same time, higher id first; by name: same name, lower id first.
        assertEquals(List.of(first, second), SortedMerge.first(2, List.of(second), List.of(first), KeysetOrder.of(NEWEST)));
        assertEquals(List.of(second, first), SortedMerge.first(2, List.of(first), List.of(second), KeysetOrder.of(NAME)));
    }

    @Test
    void idsCompareAsPostgresqlOrdersUuidsUnsigned() {
        UUID low = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        UUID highLow = UUID.fromString("80000000-0000-0000-8000-000000000000");
        // UUID.compareTo is signed and would put high (negative) before low.
        assertEquals(-1, Integer.signum(KeysetOrder.compareIds(low, high)));
        assertEquals(-1, Integer.signum(KeysetOrder.compareIds(high, highLow)));
        assertEquals(0, KeysetOrder.compareIds(high, UUID.fromString(high.toString())));
    }

    @Test
    void namesCompareByCodePointAsTheCCollationDoes() {
        // U+1F600 (a surrogate pair in UTF-16) sorts after U+FF5E in code point (and UTF-8 byte) order.
        assertEquals(1, Integer.signum(KeysetOrder.compareKeys("a\uD83D\uDE00", "a\uFF5E")));
        assertEquals(-1, Integer.signum(KeysetOrder.compareKeys("ada", "ada lovelace")));
        assertEquals(-1, Integer.signum(KeysetOrder.compareKeys("Zed", "ada")));
    }

    @Test
    void aMergeOfTwoSortedHalvesIsTheSortedWhole() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Row> all = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                all.add(new Row(new UUID(random.nextLong(), random.nextLong()), T.plusSeconds(random.nextInt(5)),
                        "n" + random.nextInt(5)));
            }
            for (KeysetSort<Row> sort : List.of(NEWEST, NAME)) {
                Comparator<Row> order = KeysetOrder.of(sort);
                List<Row> one = all.stream().filter(row -> row.id().hashCode() % 2 == 0).sorted(order).toList();
                List<Row> other = all.stream().filter(row -> row.id().hashCode() % 2 != 0).sorted(order).toList();
                int count = random.nextInt(40);
                List<Row> expected = all.stream().sorted(order).limit(count).toList();
                assertEquals(expected, SortedMerge.first(count, one, other, order));
            }
        }
    }

    private static Row row(int id, int secondsAfter, String name) {
        return new Row(new UUID(0, id), T.plusSeconds(secondsAfter), name);
    }
}
