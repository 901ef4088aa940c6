package io.salespipeline.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The intake benchmark's HTTP clients: Vert.x on one event loop, over a fixed set of kept-alive
 * connections. The machine under test also runs the load, so the load must cost little: a
 * thread per request and the JDK client's hand-offs between its threads cost the open loop
 * twice what the closed loop paid per request, and took a quarter of both cores.
 */
final class LoadGenerator implements AutoCloseable {

    /** One request to send (each new lead needs its own e-mail, so calls are made per request). */
    record Call(HttpMethod method, String path, boolean authenticated, String contentType, String body, int expected) {
    }

    record Result(double rate, Latencies latencies, long errors, List<Latencies> perSecond) {
    }

    /**
     * One unit of load, of any number of requests (the intake's one request, the pipeline's whole
     * deal): completes with its latency in microseconds from {@code dueNanos}, or -1 when it failed.
     */
    interface Work {
        Future<Long> start(long dueNanos);
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient http;
    private final URI base;
    private final String token;

    LoadGenerator(String baseUri, String token, int connections) {
        this.base = URI.create(baseUri);
        this.token = token;
        this.http = client(connections);
    }

    /** The one event loop everything of this generator runs on. */
    Vertx vertx() {
        return vertx;
    }

    /** Another kept-alive HTTP client on the same event loop (e.g. one per service). */
    HttpClient client(int connections) {
        return vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    /** Sends {@code call} and completes with its latency from {@code dueNanos}, or -1 when the answer was not the expected one. */
    private Future<Long> send(Call call, long dueNanos) {
        RequestOptions options = new RequestOptions().setMethod(call.method()).setHost(base.getHost())
                .setPort(base.getPort()).setURI(call.path()).setTimeout(60_000);
        if (call.authenticated()) {
            options.putHeader("Authorization", "Bearer " + token);
        }
        if (call.contentType() != null) {
            options.putHeader("Content-Type", call.contentType());
        }
        return http.request(options)
                .compose(request -> call.body() == null ? request.send() : request.send(Buffer.buffer(call.body())))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .map(status -> status == call.expected() ? (System.nanoTime() - dueNanos) / 1000 : -1L)
                .otherwise(-1L);
    }

    /**
     * Closed loop: {@code clients} callers, each sending its next request when the previous
     * answer arrived; latency counts from the send.
     */
    Result closedLoop(int clients, long seconds, Supplier<Call> calls) throws InterruptedException {
        return closedLoop(clients, seconds, (Work) due -> send(calls.get(), due));
    }

    /** Like {@link #closedLoop(int, long, Supplier)} with units of work of any size. */
    Result closedLoop(int clients, long seconds, Work work) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        vertx.runOnContext(ignored -> {
            for (int c = 0; c < clients; c++) {
                next(work, end, latencies, errors, done);
            }
        });
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(latencies.count() / elapsed, latencies, errors.get(), List.of());
    }

    private void next(Work work, long end, Latencies latencies, AtomicLong errors, CountDownLatch done) {
        long now = System.nanoTime();
        if (now >= end) {
            done.countDown();
            return;
        }
        work.start(now).onComplete(latency -> {
            record(latency.succeeded() ? latency.result() : -1, (System.nanoTime() - now) / 1000, latencies, errors);
            next(work, end, latencies, errors, done);
        });
    }

    /**
     * Open loop at a fixed rate: each request is due at its time whatever the answers do (queued
     * for a free connection if none is), and its latency counts from when it was due, so a stall
     * shows in the percentiles instead of thinning the load (no coordinated omission). Sent by a
     * one-millisecond timer that sends whatever has come due.
     */
    Result openLoop(double rate, long seconds, Supplier<Call> calls) throws InterruptedException {
        return openLoop(rate, seconds, (Work) due -> send(calls.get(), due));
    }

    /** Like {@link #openLoop(double, long, Supplier)} with units of work of any size. */
    Result openLoop(double rate, long seconds, Work work) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        // A stall shows as one bad second among good ones; a machine too busy, as every second slow.
        List<Latencies> perSecond = new ArrayList<>();
        for (long s = 0; s <= seconds; s++) {
            perSecond.add(new Latencies());
        }
        CountDownLatch answered = new CountDownLatch((int) total);
        long started = System.nanoTime();
        long[] sent = {0};
        vertx.setPeriodic(0, 1, timer -> {
            long now = System.nanoTime();
            for (; sent[0] < total && started + sent[0] * interval <= now; sent[0]++) {
                long due = started + sent[0] * interval;
                Latencies second = perSecond.get((int) Math.min(seconds, (due - started) / 1_000_000_000L));
                work.start(due).onComplete(latency -> {
                    long result = latency.succeeded() ? latency.result() : -1;
                    long micros = result < 0 ? (System.nanoTime() - due) / 1000 : result;
                    record(result, micros, latencies, errors);
                    second.add(micros);
                    answered.countDown();
                });
            }
            if (sent[0] == total) {
                vertx.cancelTimer(timer);
            }
        });
        answered.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(latencies.count() / elapsed, latencies, errors.get(), perSecond);
    }

    /** A failed call still counts its time: an error must not look fast. */
    private static void record(long latencyMicros, long failedMicros, Latencies latencies, AtomicLong errors) {
        if (latencyMicros < 0) {
            errors.incrementAndGet();
            latencies.add(failedMicros);
        } else {
            latencies.add(latencyMicros);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
