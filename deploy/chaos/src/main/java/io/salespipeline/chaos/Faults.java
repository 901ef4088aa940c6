package io.salespipeline.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The fault schedule, drawn from the seed before the load starts and printed: replica kills every
 * few seconds (target and time), one broker kill, one database stop, one redelivery, one batch of
 * poison events. Kills keep clear of the broker and database windows, so each fault's recovery is
 * its own. {@link #run} injects them at their times; each records how long the system took to be
 * whole again ({@link Whole}) once the fault was lifted.
 */
final class Faults {

    enum Kind { KILL_REPLICA, KILL_BROKER, STOP_DATABASE, REDELIVER, POISON }

    record Planned(double at, Kind kind, String service, int replica) {
        String describe() {
            return switch (kind) {
                case KILL_REPLICA -> "SIGKILL " + service + "#" + replica + ", restart at once";
                case KILL_BROKER -> "SIGKILL the broker, restart after its down time";
                case STOP_DATABASE -> "stop PostgreSQL, start it after its down time";
                case REDELIVER -> "republish a slice of the hand-off topics (same key, value, headers)";
                case POISON -> "publish poison DealClosed events, await them on the dead-letter topic, re-drive fixed";
            };
        }
    }

    record Outcome(Planned fault, long injectedAtMillis, long downMillis, long recoveryMillis,
            HandOffs.HandOff slowest, String note) {
    }

    /**
     * No kill this long before a broker or database fault (a kill's recovery takes up to this long
     * and must be over before the next fault), nor this long after it is lifted; and after it is
     * lifted, none either until the system is whole again (or {@link #RECOVERY_WAIT_S} passed); a
     * broker or database fault in turn waits (as long at most) until the kills before it are whole.
     */
    private static final double WINDOW_BEFORE_S = 10;
    private static final double WINDOW_AFTER_S = 10;
    private static final double RECOVERY_WAIT_S = 60;

    private final Settings settings;
    private final Cluster cluster;
    private final Whole whole;
    private final HandOffs handOffs;
    private final Redelivery redelivery;
    private final Poison poison;
    final List<Planned> plan;
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    /** Per replica kill: from the kill until the killed replica was ready again (-1: it never was). Not a recovery. */
    private volatile Consumer<String> progress = line -> { };
    final Map<Planned, Long> restartMillis = new ConcurrentHashMap<>();
    private final ExecutorService restarts = Executors.newCachedThreadPool();
    private final ExecutorService watchers = Executors.newCachedThreadPool();

    Faults(Settings settings, Cluster cluster, Whole whole, HandOffs handOffs, Redelivery redelivery, Poison poison) {
        this.settings = settings;
        this.cluster = cluster;
        this.whole = whole;
        this.handOffs = handOffs;
        this.redelivery = redelivery;
        this.poison = poison;
        this.plan = plan(settings);
    }

    static List<Planned> plan(Settings s) {
        Random random = new Random(s.seed());
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned(s.poisonAt(), Kind.POISON, null, 0));
        plan.add(new Planned(s.brokerKillAt(), Kind.KILL_BROKER, null, 0));
        plan.add(new Planned(s.redeliverAt(), Kind.REDELIVER, null, 0));
        plan.add(new Planned(s.databaseStopAt(), Kind.STOP_DATABASE, null, 0));
        double at = s.firstKill();
        for (int k = 0; k < s.kills(); k++) {
            while (near(at, s.brokerKillAt(), s.brokerDown()) || near(at, s.databaseStopAt(), s.databaseDown())) {
                at += s.killEvery();
            }
            String service = Cluster.SERVICES.get(random.nextInt(Cluster.SERVICES.size()));
            plan.add(new Planned(Math.round(at * 10) / 10.0, Kind.KILL_REPLICA, service, 1 + random.nextInt(Cluster.REPLICAS)));
            at += s.killEvery() * (0.6 + 0.8 * random.nextDouble());
        }
        plan.sort(Comparator.comparingDouble(Planned::at));
        return plan;
    }

    private static boolean near(double at, double faultAt, double down) {
        return at > faultAt - WINDOW_BEFORE_S && at < faultAt + down + WINDOW_AFTER_S;
    }

    /** Injects the plan from {@code startNanos} on; returns when every fault was injected and watched. */
    void run(long startNanos, Consumer<String> say) throws InterruptedException {
        progress = say;
        long lastKill = Long.MIN_VALUE / 2;
        long killsNotBefore = Long.MIN_VALUE / 2;
        Future<?> recovering = CompletableFuture.completedFuture(null);
        List<Future<?>> killsRecovering = new ArrayList<>();
        List<Planned> pending = new ArrayList<>(plan);
        while (!pending.isEmpty()) {
            Planned fault = pending.remove(0);
            long due = startNanos + (long) (fault.at() * 1e9);
            if (fault.kind() == Kind.KILL_REPLICA) {
                awaitRecovery(recovering);
                // Behind schedule (a slow start, a long fault before), kills catch up at no more than
                // their shortest planned spacing instead of all at once, and never inside the window
                // of a broker or database fault: each fault's recovery stays its own.
                due = Math.max(Math.max(due, lastKill + (long) (settings.killEvery() * 0.6 * 1e9)), killsNotBefore);
                Planned window = windowBefore(pending, (Math.max(due, System.nanoTime()) - startNanos) / 1e9);
                if (window != null) {
                    pending.remove(window);
                    pending.add(0, fault);
                    fault = window;
                    due = startNanos + (long) (fault.at() * 1e9);
                }
            }
            long wait = (due - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            if (fault.kind() == Kind.KILL_BROKER || fault.kind() == Kind.STOP_DATABASE) {
                // Nor the other way round: a kill still recovering is not charged this fault's recovery.
                awaitRecovery(killsRecovering);
                killsRecovering.clear();
            }
            long injected = System.currentTimeMillis();
            if (fault.kind() == Kind.KILL_REPLICA) {
                lastKill = System.nanoTime();
            }
            say.accept(String.format("[%6.1f s] %s", (System.nanoTime() - startNanos) / 1e9, fault.describe()));
            try {
                Future<?> watched = inject(fault, injected, say);
                if (fault.kind() == Kind.KILL_BROKER || fault.kind() == Kind.STOP_DATABASE) {
                    recovering = watched;
                } else if (fault.kind() == Kind.KILL_REPLICA) {
                    killsRecovering.add(watched);
                }
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(fault, injected, -1, -1, null, "failed: " + e));
                say.accept("  fault failed: " + e);
            }
            if (fault.kind() == Kind.KILL_BROKER || fault.kind() == Kind.STOP_DATABASE) {
                killsNotBefore = System.nanoTime() + (long) (WINDOW_AFTER_S * 1e9); // lifted: let it recover alone
            }
        }
        restarts.shutdown();
        restarts.awaitTermination(3, TimeUnit.MINUTES);
        watchers.shutdown();
        watchers.awaitTermination(12, TimeUnit.MINUTES);
    }

    /**
     * The broker or database fault still pending that a kill going at {@code killAt} (seconds from
     * the start) would fall into the window of, if any: it goes first, and the kill after its window.
     */
    static Planned windowBefore(List<Planned> pending, double killAt) {
        return pending.stream()
                .filter(p -> p.kind() == Kind.KILL_BROKER || p.kind() == Kind.STOP_DATABASE)
                .filter(p -> killAt > p.at() - WINDOW_BEFORE_S)
                .findFirst().orElse(null);
    }

    /** A broker or database fault's watch: kills wait for it (bounded), so they never count its recovery as theirs. */
    private static void awaitRecovery(Future<?> watch) throws InterruptedException {
        awaitRecovery(List.of(watch));
    }

    /** Waits for the watches, all of them together at most {@link #RECOVERY_WAIT_S}; a fault goes on after that regardless. */
    private static void awaitRecovery(List<Future<?>> watches) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (RECOVERY_WAIT_S * 1e9);
        for (Future<?> watch : watches) {
            try {
                watch.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return; // a watch that failed or takes too long: the faults go on
            }
        }
    }

    /** Injects the fault; the watch of its recovery, where one is started. */
    private Future<?> inject(Planned fault, long injected, Consumer<String> say) {
        Future<?> watch = CompletableFuture.completedFuture(null);
        switch (fault.kind()) {
            case KILL_REPLICA -> {
                // Both replicas of the victim's service up (one always serves): the planned service,
                // else the next one in the plan's order whose replicas are both up, so that kills keep
                // their cadence instead of bunching up behind a slow restart.
                String service = victim(fault.service());
                if (service == null) {
                    outcomes.add(new Outcome(fault, injected, -1, -1, null, "skipped: no service had both replicas up within 90 s"));
                    say.accept("  skipped: no service has both replicas up");
                    return watch;
                }
                if (!service.equals(fault.service())) {
                    say.accept("  " + fault.service() + " is still restarting a replica: SIGKILL " + service + "#" + fault.replica() + " instead");
                }
                Replica replica = cluster.replicas.get(service).get(fault.replica() - 1);
                long killedAt = System.currentTimeMillis();
                long killedNanos = System.nanoTime();
                replica.kill();
                String note = service.equals(fault.service()) ? "" : "killed " + replica.name() + " instead";
                restarts.submit(() -> restart(fault, replica, killedNanos, say));
                watch = watch(fault, killedAt, System.currentTimeMillis(), killedNanos, note);
            }
            case KILL_BROKER -> {
                cluster.killBroker();
                Balancer.sleep((long) (settings.brokerDown() * 1000));
                cluster.startBroker();
                watch = watch(fault, injected, System.currentTimeMillis(), System.nanoTime(), "");
            }
            case STOP_DATABASE -> {
                cluster.stopDatabase();
                Balancer.sleep((long) (settings.databaseDown() * 1000));
                cluster.startDatabase();
                watch = watch(fault, injected, System.currentTimeMillis(), System.nanoTime(), "");
            }
            case REDELIVER -> {
                long started = System.currentTimeMillis();
                Redelivery.Result result = redelivery.republish(settings.redeliverShare(), poison.ids());
                long caughtUp = redelivery.awaitConsumed(result, Duration.ofSeconds(120));
                outcomes.add(new Outcome(fault, injected, 0, caughtUp, handOffs.slowestBetween(started,
                        started + Math.max(caughtUp, 0)), result.count() + " records republished; recovery = consumer groups caught up"));
            }
            case POISON -> watch = watchers.submit(() -> {
                String note;
                try {
                    note = poison.injectAndRedrive(settings.poison(), say);
                } catch (RuntimeException e) {
                    note = "failed: " + e;
                    say.accept("  poison failed: " + e);
                }
                outcomes.add(new Outcome(fault, injected, 0, System.currentTimeMillis() - injected, null, note));
            });
        }
        return watch;
    }

    /** Measures the recovery: from lifted until whole again ({@link Whole}). */
    private Future<?> watch(Planned fault, long injected, long lifted, long liftedNanos, String note) {
        return watchers.submit(() -> {
            Whole.Recovery whole = this.whole.await(liftedNanos, Duration.ofSeconds(180));
            long recovery = whole.millis();
            long end = recovery < 0 ? System.currentTimeMillis() : lifted + recovery;
            String held = whole.describe();
            outcomes.add(new Outcome(fault, injected, lifted - injected, recovery, handOffs.slowestBetween(injected, end),
                    note.isEmpty() ? held : held.isEmpty() ? note : note + "; " + held));
            progress.accept(String.format("  whole again %s after: %6.1f  %s", recovery < 0 ? "NEVER" : recovery / 1000.0 + " s",
                    fault.at(), fault.describe()));
        });
    }

    /** The service to kill a replica of: {@code planned} if both its replicas are up, else the next such one. */
    private static String victimAmong(List<String> services, String planned, Predicate<String> bothUp) {
        int from = services.indexOf(planned);
        for (int i = 0; i < services.size(); i++) {
            String service = services.get((from + i) % services.size());
            if (bothUp.test(service)) {
                return service;
            }
        }
        return null;
    }

    private String victim(String planned) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String service = victimAmong(Cluster.SERVICES, planned,
                    s -> cluster.replicas.get(s).stream().allMatch(Replica::isUp));
            if (service != null) {
                return service;
            }
            Balancer.sleep(200);
        }
        return null;
    }

    /** As a supervisor: start again until it is ready, a few times; records how long the replica was away. */
    private void restart(Planned fault, Replica replica, long killedNanos, Consumer<String> say) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                replica.restart();
                restartMillis.put(fault, (System.nanoTime() - killedNanos) / 1_000_000);
                return;
            } catch (RuntimeException e) {
                say.accept("  restart " + attempt + " of " + replica.name() + " failed: " + e.getMessage());
            }
        }
        restartMillis.put(fault, -1L);
    }
}
