package io.salespipeline.lead.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The import's normalising threads: results in reading order, a bounded number under way. */
class ImportNormalisersTest {

    @Test
    void handsResultsBackInReadingOrderWhenLaterChunksFinishFirst() throws Exception {
        CountDownLatch laterChunksDone = new CountDownLatch(2);
        List<String> finished = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ImportNormalisers<String> normalisers = new ImportNormalisers<>("test", 3, 3)) {
            // The first chunk waits until the two after it have finished.
            normalisers.submit(() -> {
                assertTrue(laterChunksDone.await(10, TimeUnit.SECONDS));
                finished.add("first");
                return "first";
            });
            normalisers.submit(() -> {
                finished.add("second");
                laterChunksDone.countDown();
                return "second";
            });
            normalisers.submit(() -> {
                finished.add("third");
                laterChunksDone.countDown();
                return "third";
            });
            assertTrue(normalisers.full());
            assertEquals(List.of("first", "second", "third"),
                    List.of(normalisers.next(), normalisers.next(), normalisers.next()));
            assertEquals("first", finished.get(2), "the first chunk really finished last");
            assertFalse(normalisers.hasPending());
        }
    }

    @Test
    void manyChunksOnFewThreadsComeBackInOrderWithABoundedNumberUnderWay() throws Exception {
        AtomicInteger underWay = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> results = new ArrayList<>();
        try (ImportNormalisers<Integer> normalisers = new ImportNormalisers<>("test", 2, 4)) {
            for (int chunk = 0; chunk < 200; chunk++) {
                int number = chunk;
                underWay.incrementAndGet();
                most.accumulateAndGet(underWay.get(), Math::max);
                normalisers.submit(() -> {
                    Thread.sleep(number % 3); // uneven work: chunks finish out of order
                    return number;
                });
                while (normalisers.full()) {
                    results.add(normalisers.next());
                    underWay.decrementAndGet();
                }
            }
            while (normalisers.hasPending()) {
                results.add(normalisers.next());
                underWay.decrementAndGet();
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertEquals(expected, results);
        assertEquals(4, most.get(), "never more chunks held than allowed ahead");
    }

    @Test
    void aChunkThatFailsFailsWhenItsTurnComes() throws Exception {
        IllegalStateException broken = new IllegalStateException("broken chunk");
        try (ImportNormalisers<String> normalisers = new ImportNormalisers<>("test", 2, 2)) {
            normalisers.submit(() -> "fine");
            normalisers.submit(() -> {
                throw broken;
            });
            assertEquals("fine", normalisers.next());
            assertSame(broken, assertThrows(IllegalStateException.class, normalisers::next));
        }
    }
}
