package io.salespipeline.lead.application.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Normalises an import's chunks of rows on several threads and hands the results back in the
 * order the chunks were read, whatever order they finish in: the reading thread submits each
 * chunk and takes the oldest result once {@code ahead} chunks are under way. At most
 * {@code ahead} chunks are held here, so memory stays flat whatever the file's size.
 */
final class ImportNormalisers<T> implements AutoCloseable {

    private final ExecutorService threads;
    private final Deque<Future<T>> inReadingOrder = new ArrayDeque<>();
    private final int ahead;

    ImportNormalisers(String name, int threadCount, int ahead) {
        if (threadCount < 1 || ahead < 1) {
            throw new IllegalArgumentException("at least one thread and one chunk ahead");
        }
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.ahead = ahead;
    }

    /** Starts normalising a chunk (it must not touch anything the reader still changes). */
    void submit(Callable<T> chunk) {
        inReadingOrder.addLast(threads.submit(chunk));
    }

    /** True when as many chunks are under way as may be: take the oldest with {@link #next()} before reading on. */
    boolean full() {
        return inReadingOrder.size() >= ahead;
    }

    boolean hasPending() {
        return !inReadingOrder.isEmpty();
    }

    /** The oldest chunk's result, waiting for it; rethrows its failure. */
    T next() throws InterruptedException {
        Future<T> oldest = inReadingOrder.removeFirst();
        try {
            return oldest.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Drops what is still under way (an interrupted or failed import reads those rows again when resumed). */
    @Override
    public void close() {
        inReadingOrder.forEach(pending -> pending.cancel(true));
        inReadingOrder.clear();
        threads.shutdownNow();
    }
}
