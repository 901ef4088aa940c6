package io.salespipeline.infra.supervision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps named children running: when one dies it says so and starts it again after a
 * {@link Backoff}, and the others go on untouched. Only {@link #stop} ends them, all at once, each
 * given the same grace period, so stopping takes as long as the slowest child, not their sum.
 */
public final class Supervisor implements AutoCloseable {

    private final Backoff backoff;
    private final Consumer<String> console;
    private final Map<String, Supervised> children = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "supervisor-timer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public Supervisor(Backoff backoff, Consumer<String> console) {
        this.backoff = backoff;
        this.console = console;
    }

    /**
     * Starts a child now and keeps it running from then on. A failure of this first start is thrown
     * (a launcher should not wait forever for what cannot start); later starts are retried.
     */
    public void start(String name, Callable<Child> starter) throws Exception {
        Supervised child;
        synchronized (this) {
            if (stopping) {
                throw new IllegalStateException("Stopping: " + name + " is not started");
            }
            if (children.containsKey(name)) {
                throw new IllegalArgumentException(name + " is already supervised");
            }
            child = new Supervised(name, starter);
            children.put(name, child);
        }
        child.watch(starter.call());
    }

    /** How often the child was started again after it died. */
    public int restarts(String name) {
        return supervised(name).restarts;
    }

    /** The process of the child's current instance, or -1 while it is down. */
    public long pid(String name) {
        Child current = supervised(name).current;
        return current == null ? -1 : current.pid();
    }

    /**
     * Stops every child in parallel, each SIGTERM-ed and killed if still there after {@code grace};
     * pending restarts are cancelled. Returns how long each took, in the order they were started.
     */
    public Map<String, Duration> stop(Duration grace) {
        List<Supervised> all;
        synchronized (this) {
            stopping = true;
            all = new ArrayList<>(children.values());
        }
        List<CompletableFuture<Duration>> stops = new ArrayList<>();
        for (Supervised child : all) {
            stops.add(CompletableFuture.supplyAsync(() -> child.stop(grace), runnable -> {
                Thread thread = new Thread(runnable, "stop-" + child.name);
                thread.start();
            }));
        }
        Map<String, Duration> took = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            took.put(all.get(i).name, stops.get(i).join());
        }
        timer.shutdownNow();
        return took;
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    private synchronized Supervised supervised(String name) {
        Supervised child = children.get(name);
        if (child == null) {
            throw new IllegalArgumentException("No child named " + name);
        }
        return child;
    }

    /** One name's life: its current instance, its deaths in a row, its pending restart. */
    private final class Supervised {

        private final String name;
        private final Callable<Child> starter;
        private volatile Child current;
        private volatile int restarts;
        private int deathsInARow;
        private long startedAt;
        private ScheduledFuture<?> pendingRestart;
        private Thread starting;

        Supervised(String name, Callable<Child> starter) {
            this.name = name;
            this.starter = starter;
        }

        void watch(Child child) {
            synchronized (this) {
                current = child;
                startedAt = System.nanoTime();
                if (stopping) {
                    // Started while the supervisor was told to stop: it must not outlive the others.
                    child.stop(Duration.ofSeconds(10));
                    return;
                }
            }
            child.exited().thenAccept(status -> died(child, status));
        }

        private void died(Child child, int status) {
            Duration delay;
            synchronized (this) {
                if (stopping || current != child) {
                    return;
                }
                current = null;
                Duration up = Duration.ofNanos(System.nanoTime() - startedAt);
                deathsInARow = up.compareTo(backoff.stableAfter()) >= 0 ? 1 : deathsInARow + 1;
                delay = backoff.delay(deathsInARow);
                console.accept(String.format("%s (pid %d) exited with status %d after %s; restarting it in %s",
                        name, child.pid(), status, Durations.text(up), Durations.text(delay)));
                scheduleRestart(delay);
            }
        }

        private void scheduleRestart(Duration delay) {
            pendingRestart = timer.schedule(() -> Thread.ofPlatform().daemon().name("start-" + name).start(this::restart),
                    delay.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void restart() {
            synchronized (this) {
                if (stopping) {
                    return;
                }
                starting = Thread.currentThread();
            }
            try {
                Child child = starter.call();
                restarts++;
                console.accept(String.format("%s restarted (pid %d)", name, child.pid()));
                watch(child);
            } catch (Exception e) {
                synchronized (this) {
                    if (stopping) {
                        return;
                    }
                    deathsInARow++;
                    Duration delay = backoff.delay(deathsInARow);
                    console.accept(String.format("%s did not start (%s); trying again in %s",
                            name, e.getMessage(), Durations.text(delay)));
                    scheduleRestart(delay);
                }
            } finally {
                synchronized (this) {
                    starting = null;
                }
            }
        }

        Duration stop(Duration grace) {
            long began = System.nanoTime();
            Child child;
            Thread restarting;
            synchronized (this) {
                if (pendingRestart != null) {
                    pendingRestart.cancel(false);
                }
                child = current;
                restarting = starting;
            }
            if (restarting != null) {
                // A restart under way (a broker recovering its logs): interrupt it; what it started, it stops.
                restarting.interrupt();
                try {
                    restarting.join(grace.toMillis() + 10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (child != null) {
                child.stop(grace);
            }
            return Duration.ofNanos(System.nanoTime() - began);
        }
    }
}
