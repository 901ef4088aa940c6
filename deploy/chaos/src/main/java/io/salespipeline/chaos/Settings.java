package io.salespipeline.chaos;

import java.nio.file.Path;

/**
 * What one run does: how many deals from how many clients, and the fault schedule's knobs (all
 * times in seconds from the start of the load). {@code --short} is the run {@code verify} makes.
 * {@code aotCache}: replicas start from their service's JDK AOT cache, trained before the load
 * (on by default; off for {@code --short}, where training would cost more than it saves).
 */
record Settings(int deals, int clients, long seed, int kills, double killEvery, double firstKill, double poisonAt,
        int poison, double brokerKillAt, double brokerDown, double redeliverAt, double redeliverShare,
        double databaseStopAt, double databaseDown, boolean aotCache, Path root, Path work) {

    static Settings parse(String[] args, Path root) {
        int deals = 500;
        // Twelve, not more: the machine is saturated already, and more clients only queue (16 drove
        // 500 deals in 425-455 s, 12 in 396 s, with every hand-off waiting longer behind the queue).
        int clients = 12;
        long seed = Math.floorMod(System.nanoTime(), 1_000_000L);
        int kills = 24;
        double killEvery = 7;
        double databaseDown = 20;
        double brokerKillAt = 40;
        double redeliverAt = 70;
        double databaseStopAt = 100;
        double poisonAt = 20;
        int poison = 5;
        boolean quick = false;
        Boolean aotCache = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--deals" -> deals = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--kills" -> kills = Integer.parseInt(args[++i]);
                case "--kill-every" -> killEvery = Double.parseDouble(args[++i]);
                case "--db-down" -> databaseDown = Double.parseDouble(args[++i]);
                case "--short" -> quick = true;
                case "--aot-cache" -> aotCache = true;
                case "--no-aot-cache" -> aotCache = false;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --deals N --clients C --seed S --kills K --kill-every S --db-down S --short --[no-]aot-cache");
            }
        }
        if (quick) {
            // The verify run: fewer, shorter faults of every kind, fitted to ~50 deals.
            return new Settings(Math.min(deals, 50), Math.min(clients, 10), seed, Math.min(kills, 5), 6, 6, 12,
                    2, 22, 3, 34, 0.2, 44, Math.min(databaseDown, 10), aotCache != null && aotCache, root,
                    root.resolve("deploy/chaos/target/run"));
        }
        return new Settings(deals, clients, seed, kills, killEvery, 8, poisonAt, poison, brokerKillAt, 5,
                redeliverAt, 0.2, databaseStopAt, databaseDown, aotCache == null || aotCache, root,
                root.resolve("deploy/chaos/target/run"));
    }

    /** Where the packaged services are: the copies run.sh set aside (-Dchaos.apps), else each service's target. */
    Path app(String service) {
        String aside = System.getProperty("chaos.apps");
        return (aside != null ? Path.of(aside).resolve(service) : root.resolve(service + "/target/quarkus-app"))
                .resolve("quarkus-run.jar");
    }
}
