package io.salespipeline.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/** The start-up benchmark's table: medians per app and mode, each divided by the empty app's of the same mode. */
final class StartupReport {

    private StartupReport() {
    }

    static void print(Map<String, StartupRun> runs, BiConsumer<String, Object[]> say) {
        StartupRun empty = runs.get("empty");
        for (boolean cached : new boolean[] {false, true}) {
            say.accept("%n%s (medians of %d; ratio = service / empty app, same mode; target <= 1.2)",
                    new Object[] {cached ? "With the AOT cache" : "Without a cache", samples(empty, cached).size()});
            say.accept("  %-12s %9s %6s %9s %6s %8s %6s %9s %6s %8s", new Object[] {"app", "ready ms", "ratio",
                    "CPU ms", "ratio", "RSS MiB", "ratio", "anon MiB", "ratio", "stop ms"});
            for (StartupRun run : runs.values()) {
                List<StartupRun.Sample> samples = samples(run, cached);
                List<StartupRun.Sample> base = samples(empty, cached);
                long ready = median(samples, StartupRun.Sample::readyMillis);
                long cpu = median(samples, StartupRun.Sample::cpuMillis);
                long rss = median(samples, StartupRun.Sample::rssKilobytes);
                long anon = median(samples, StartupRun.Sample::anonKilobytes);
                say.accept("  %-12s %9d %6.2f %9d %6.2f %8d %6.2f %9d %6.2f %8d", new Object[] {run.name(), ready,
                        ready / (double) median(base, StartupRun.Sample::readyMillis), cpu,
                        cpu / (double) median(base, StartupRun.Sample::cpuMillis), rss >> 10,
                        rss / (double) median(base, StartupRun.Sample::rssKilobytes), anon >> 10,
                        anon / (double) median(base, StartupRun.Sample::anonKilobytes),
                        median(samples, StartupRun.Sample::stopMillis)});
            }
        }
        say.accept("%nThe AOT cache's effect (with / without, same app)", new Object[0]);
        say.accept("  %-12s %9s %9s %8s %9s", new Object[] {"app", "ready", "CPU", "RSS", "anon"});
        for (StartupRun run : runs.values()) {
            say.accept("  %-12s %9.2f %9.2f %8.2f %9.2f", new Object[] {run.name(),
                    effect(run, StartupRun.Sample::readyMillis), effect(run, StartupRun.Sample::cpuMillis),
                    effect(run, StartupRun.Sample::rssKilobytes), effect(run, StartupRun.Sample::anonKilobytes)});
        }
    }

    private static List<StartupRun.Sample> samples(StartupRun run, boolean cached) {
        return cached ? run.cached : run.plain;
    }

    private static double effect(StartupRun run, ToLongFunction<StartupRun.Sample> figure) {
        return median(run.cached, figure) / (double) median(run.plain, figure);
    }

    static long median(List<StartupRun.Sample> samples, ToLongFunction<StartupRun.Sample> figure) {
        return median(samples.stream().mapToLong(figure).toArray());
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
