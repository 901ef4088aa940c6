package io.salespipeline.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sustained POST /api/leads: first the peak rate (closed loop: a fixed number of clients, each
 * sending its next request when the previous answer arrived), then a fixed rate (open loop, 70 %
 * of the peak): requests start on schedule whatever the answers do, and latency counts from the
 * scheduled start, so a stall shows up in the percentiles instead of hiding.
 */
final class IntakeBenchmark {

    record Result(double rate, Latencies latencies, long errors) {
    }

    private final Api api;
    private final AtomicLong sequence = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    IntakeBenchmark(Api api) {
        this.api = api;
    }

    private HttpRequest newLead() {
        long n = sequence.incrementAndGet();
        String body = """
                {"name": "Bench Person %d", "email": "bench-%s-%d@intake.example", "company": "Bench %d Ltd",
                 "jobTitle": "Buyer", "country": "DE", "source": {"kind": "MANUAL", "detail": "benchmark"}}"""
                .formatted(n, run, n, n % 5000);
        return api.request("/api/leads").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The cheapest requests the service answers, for the ceiling of any intake design (see Benchmarks). */
    HttpRequest liveness() {
        return api.request("/q/health/live").GET().build();
    }

    /** Authenticated like an intake request, refused (400) before any database work. */
    HttpRequest refusedBeforeDatabase() {
        return api.request("/api/leads/not-a-lead-id").GET().build();
    }

    /** A lead's JSON body read, validated and refused (400: no name): all but the database work. */
    HttpRequest refusedByValidation() {
        return api.request("/api/leads").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"company": "Bench Ltd", "jobTitle": "Buyer", "country": "DE",
                         "source": {"kind": "MANUAL", "detail": "benchmark"}}""")).build();
    }

    /** One POST, timed from {@code scheduledNanos}; answers false on a non-201. */
    private boolean post(Latencies latencies, long scheduledNanos) {
        return call(newLead(), 201, latencies, scheduledNanos);
    }

    private boolean call(HttpRequest request, int expected, Latencies latencies, long scheduledNanos) {
        try {
            HttpResponse<String> response = api.send(request);
            latencies.add((System.nanoTime() - scheduledNanos) / 1000);
            return response.statusCode() == expected;
        } catch (RuntimeException e) {
            latencies.add((System.nanoTime() - scheduledNanos) / 1000);
            return false;
        }
    }

    Result closedLoop(int clients, long seconds) throws InterruptedException {
        return closedLoop(clients, seconds, this::newLead, 201);
    }

    /** Like {@link #closedLoop(int, long)}, with any request expecting any status. */
    Result closedLoop(int clients, long seconds, Supplier<HttpRequest> request, int expected)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    if (!call(request.get(), expected, latencies, System.nanoTime())) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(latencies.count() / elapsed, latencies, errors.get());
    }

    Result openLoop(double rate, long seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        long started = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long scheduled = started + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                senders.execute(() -> {
                    if (!post(latencies, scheduled)) {
                        errors.incrementAndGet();
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(latencies.count() / elapsed, latencies, errors.get());
    }
}
