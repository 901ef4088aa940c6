package io.salespipeline.benchmarks;

import io.salespipeline.benchmarks.LoadGenerator.Call;
import io.salespipeline.benchmarks.LoadGenerator.Result;
import io.vertx.core.http.HttpMethod;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sustained POST /api/leads: first the peak rate (closed loop: a fixed number of clients, each
 * sending its next request when the previous answer arrived), then a fixed rate (open loop, 70 %
 * of the peak): requests are due on schedule whatever the answers do, and latency counts from
 * when a request was due, so a stall shows up in the percentiles instead of hiding.
 */
final class IntakeBenchmark implements AutoCloseable {

    private final LoadGenerator load;
    /** The same load generator on the management interface, for /q/* requests. */
    private final LoadGenerator operations;
    private final AtomicLong sequence = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    IntakeBenchmark(Api api, int connections) {
        this.load = new LoadGenerator(api.baseUri, api.token(), connections);
        this.operations = new LoadGenerator(api.managementUri, null, connections);
    }

    private Call newLead() {
        long n = sequence.incrementAndGet();
        String body = """
                {"name": "Bench Person %d", "email": "bench-%s-%d@intake.example", "company": "Bench %d Ltd",
                 "jobTitle": "Buyer", "country": "DE", "source": {"kind": "MANUAL", "detail": "benchmark"}}"""
                .formatted(n, run, n, n % 5000);
        return new Call(HttpMethod.POST, "/api/leads", true, "application/json", body, 201);
    }

    /** The cheapest requests the service answers, for the ceiling of any intake design (see Benchmarks). */
    Call liveness() {
        return new Call(HttpMethod.GET, "/q/health/live", false, null, null, 200);
    }

    /** Authenticated like an intake request, refused (404) before any database work. */
    Call refusedBeforeDatabase() {
        return new Call(HttpMethod.GET, "/api/leads/not-a-lead-id", true, null, null, 404);
    }

    /** A lead's JSON body read, validated and refused (400: no name): all but the database work. */
    Call refusedByValidation() {
        return new Call(HttpMethod.POST, "/api/leads", true, "application/json", """
                {"company": "Bench Ltd", "jobTitle": "Buyer", "country": "DE",
                 "source": {"kind": "MANUAL", "detail": "benchmark"}}""", 400);
    }

    Result closedLoop(int clients, long seconds) throws InterruptedException {
        return load.closedLoop(clients, seconds, this::newLead);
    }

    /** Like {@link #closedLoop(int, long)}, with any request expecting any status. */
    Result closedLoop(int clients, long seconds, Supplier<Call> call) throws InterruptedException {
        return (call.get().path().startsWith("/q/") ? operations : load).closedLoop(clients, seconds, call);
    }

    Result openLoop(double rate, long seconds) throws InterruptedException {
        return load.openLoop(rate, seconds, this::newLead);
    }

    @Override
    public void close() {
        load.close();
        operations.close();
    }
}
