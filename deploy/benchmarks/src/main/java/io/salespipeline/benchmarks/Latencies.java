package io.salespipeline.benchmarks;

import java.util.Arrays;

/** Latencies of one measured run, in microseconds, and their percentiles. */
final class Latencies {

    private long[] micros = new long[1024];
    private int count;

    synchronized void add(long microseconds) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = microseconds;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0-100) in milliseconds. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1000.0;
    }

    /** The slowest, in milliseconds. */
    double maxMillis() {
        return percentileMillis(100);
    }

    String summary() {
        return String.format("p50 %.2f ms, p99 %.2f ms (n=%d)", percentileMillis(50), percentileMillis(99), count());
    }
}
