package io.salespipeline.chaos;

import io.salespipeline.infra.deal.CustomerMailbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The fault-injection harness: starts the cluster, prints the fault schedule, drives the deals
 * from many clients while the faults are injected, checks the invariants and prints the figures
 * and the summary line. {@code main} exits 1 when an invariant is broken.
 */
public final class Chaos {

    /** The run's verdict: the summary line and every broken invariant. */
    public record Result(String summary, List<String> broken) {
        public boolean whole() {
            return broken.isEmpty();
        }
    }

    private final List<String> report = new ArrayList<>();

    private Chaos() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("sales.root", ".")).toAbsolutePath().normalize();
        Result result = run(Settings.parse(args, root));
        System.exit(result.whole() ? 0 : 1);
    }

    /** One run with these arguments (as run.sh takes them); everything it started is stopped. */
    public static Result run(String[] args, Path root) throws Exception {
        return run(Settings.parse(args, root));
    }

    static Result run(Settings settings) throws Exception {
        return new Chaos().execute(settings);
    }

    private synchronized void say(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        System.out.println(line);
        report.add(line);
    }

    private Result execute(Settings settings) throws Exception {
        say("chaos: %d deals from %d clients, seed %d (repeat with --seed %d), %s, %d cores", settings.deals(),
                settings.clients(), settings.seed(), settings.seed(), Instant.now(), Runtime.getRuntime().availableProcessors());
        deleteRecursively(settings.work().resolve("logs"));
        try (Cluster cluster = new Cluster(settings)) {
            Thread stopOnSignal = new Thread(cluster::close, "chaos-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            long booting = System.nanoTime();
            cluster.start();
            say("started PostgreSQL (durable), the broker and %d replicas in %.1f s; logs in %s", cluster.all().size(),
                    (System.nanoTime() - booting) / 1e9, settings.work().resolve("logs"));
            say("replicas starting from an AOT cache: %s", cluster.cached().isEmpty() ? "none"
                    : String.join(", ", cluster.cached()));
            Balancer api = new Balancer(cluster.replicas);
            HandOffs handOffs = new HandOffs();
            Whole whole = new Whole(cluster);
            Topics topics = new Topics(cluster.kafkaBootstrapServers());
            Poison poison = new Poison(topics, Redrive.republishing(topics), settings.seed());
            Faults faults = new Faults(settings, cluster, whole, handOffs, new Redelivery(topics, settings.seed()), poison);
            say("schedule (seconds from the start of the load):");
            faults.plan.forEach(fault -> say("  %6.1f  %s", fault.at(), fault.describe()));
            String manager = cluster.keys.sign("max.manager", List.of("sales-manager"), Instant.now().plus(Duration.ofHours(8)));

            long start = System.nanoTime();
            List<Deal> driven;
            try (CustomerMailbox mailbox = new CustomerMailbox(cluster.kafkaBootstrapServers())) {
                List<Deal> deals = drive(settings, cluster, api, handOffs, mailbox, manager, start);
                faults.run(start, this::say);
                driven = awaitAll(deals);
            }
            say("load and faults done in %.1f s", (System.nanoTime() - start) / 1e9);
            say("whole again after the last fault: %s", whole.await(Duration.ofSeconds(120)) >= 0 ? "yes" : "NO");

            String admin = cluster.keys.sign("ada.admin", List.of("admin"), Instant.now().plus(Duration.ofHours(8)));
            Invariants invariants = new Invariants(api, manager, admin, whole, topics, this::say);
            invariants.check(driven, poison);
            return verdict(settings, faults, handOffs, api, invariants);
        } finally {
            Files.createDirectories(settings.work().getParent());
            Files.write(settings.work().getParent().resolve("chaos-results.txt"), report);
        }
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();

    private List<Deal> drive(Settings settings, Cluster cluster, Balancer api, HandOffs handOffs, CustomerMailbox mailbox,
            String manager, long start) {
        clients = Executors.newFixedThreadPool(settings.clients());
        List<Deal> deals = new ArrayList<>();
        for (int n = 1; n <= settings.deals(); n++) {
            Deal deal = new Deal(n);
            deals.add(deal);
            running.add(clients.submit(() -> {
                // Signed by the client that drives the deal: signing 500 tokens up front delayed the
                // load, and with it the whole fault schedule.
                String seller = cluster.keys.sign("chaos.seller." + deal.n, List.of("seller"), Instant.now().plus(Duration.ofHours(8)));
                new DealDriver(api, handOffs, mailbox, deal, seller, manager, settings.seed()).run();
                if (deal.n % 50 == 0 || deal.failure != null) {
                    say("[%6.1f s] %s", (System.nanoTime() - start) / 1e9, deal);
                }
            }));
        }
        clients.shutdown();
        return deals;
    }

    private List<Deal> awaitAll(List<Deal> deals) throws Exception {
        for (Future<?> deal : running) {
            deal.get();
        }
        return deals;
    }

    private Result verdict(Settings settings, Faults faults, HandOffs handOffs, Balancer api, Invariants invariants) {
        say("faults (down = until lifted; recovery = from lifted until whole again; slowest hand-off touching it):");
        long maxRecovery = 0;
        int kills = 0;
        for (Faults.Outcome outcome : faults.outcomes.stream()
                .sorted(java.util.Comparator.comparingLong(Faults.Outcome::injectedAtMillis)).toList()) {
            Faults.Planned fault = outcome.fault();
            if (outcome.note().startsWith("skipped")) {
                say("  %6.1f  %-70s %s", fault.at(), fault.describe(), outcome.note());
                continue;
            }
            if (fault.kind() == Faults.Kind.KILL_REPLICA || fault.kind() == Faults.Kind.KILL_BROKER) {
                kills++;
            }
            if (fault.kind() != Faults.Kind.POISON) {
                maxRecovery = outcome.recoveryMillis() < 0 ? Long.MAX_VALUE : Math.max(maxRecovery, outcome.recoveryMillis());
            }
            HandOffs.HandOff slowest = outcome.slowest();
            Long restart = faults.restartMillis.get(fault);
            say("  %6.1f  %-70s down %6.1f s, recovery %s, slowest hand-off %s%s%s", fault.at(), fault.describe(),
                    outcome.downMillis() / 1000.0, outcome.recoveryMillis() < 0 ? "NEVER" : String.format("%.1f s",
                            outcome.recoveryMillis() / 1000.0),
                    slowest == null ? "-" : String.format("%.1f s (%s)", slowest.millis() / 1000.0, slowest.what()),
                    restart == null ? "" : restart < 0 ? "; restart NEVER" : String.format("; restart %.1f s", restart / 1000.0),
                    outcome.note().isEmpty() ? "" : "; " + outcome.note());
        }
        HandOffs.HandOff slowest = handOffs.slowest();
        say("hand-offs: %d, slowest %s; client retries %d, 503/429 answers %d, other 5xx answers %d",
                handOffs.all.size(), slowest == null ? "-" : String.format("%.1f s (%s of %s)", slowest.millis() / 1000.0,
                        slowest.what(), slowest.dealId()), api.retries.get(), api.answered503.get(), api.unexpected5xx.get());
        api.unexpected.forEach(line -> say("  5xx: %s", line));
        if (invariants.broken.isEmpty()) {
            say("invariants: all hold");
        } else {
            say("invariants BROKEN (%d):", invariants.broken.size());
            invariants.broken.stream().limit(200).forEach(line -> say("  %s", line));
        }
        // A killed replica's own start (its JVM, on shared cores): reported, not a recovery: the other
        // replica serves meanwhile.
        long slowestRestart = faults.restartMillis.values().stream()
                .mapToLong(millis -> millis < 0 ? Long.MAX_VALUE : millis).max().orElse(0);
        say("replicas: restarts %d, slowest restart %s", faults.restartMillis.size(),
                slowestRestart == Long.MAX_VALUE ? "NEVER" : String.format("%.1f s", slowestRestart / 1000.0));
        String summary = String.format("chaos: deals %d, lost %d, duplicated %d, kills %d, max recovery %s",
                settings.deals(), invariants.lost, invariants.duplicated, kills,
                maxRecovery == Long.MAX_VALUE ? "NEVER" : String.format("%.1f s", maxRecovery / 1000.0));
        say(summary);
        return new Result(summary, List.copyOf(invariants.broken));
    }
}
