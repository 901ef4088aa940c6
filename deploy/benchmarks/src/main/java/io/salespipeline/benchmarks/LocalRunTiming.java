package io.salespipeline.benchmarks;

import io.salespipeline.infra.Directories;
import io.salespipeline.infra.Ports;
import io.salespipeline.infra.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole local run as a developer starts it: ./deploy/run-local.sh (already built), from launch
 * until all five services answer /q/health/ready with 200, then SIGTERM until the script and every
 * process under it have exited. First on an empty data directory (initdb, migrations, the AOT caches
 * trained), then alternately with and without the caches on the data kept.
 */
final class LocalRunTiming {

    private static final List<String> SERVICES = List.of("lead", "prospect", "proposal", "contract", "fulfillment");
    /** Generous: on a starved machine a first start took over 5 min (-Dbench.local-run.ready-within=PT20M: longer). */
    private static final Duration READY_WITHIN = Duration.parse(System.getProperty("bench.local-run.ready-within", "PT15M"));
    /** Longer than the launcher's grace for a service writing its AOT cache (3 min), or the launcher would be killed. */
    private static final Duration EXIT_WITHIN = Duration.ofMinutes(5);

    private LocalRunTiming() {
    }

    static void measure(Path root, Path work, int pairs) throws Exception {
        StartupBenchmark.say("%nThe local run: ./deploy/run-local.sh, launch to all five ready, and SIGTERM to exit");
        Directories.deleteRecursively(work);
        Files.createDirectories(work);
        once(root, work, "first start, empty data directory (trains the caches)", true, 0);
        List<long[]> cached = new ArrayList<>();
        List<long[]> plain = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            boolean cachedFirst = i % 2 == 0;
            (cachedFirst ? cached : plain).add(once(root, work, cachedFirst ? "with the AOT caches" : "without caches",
                    cachedFirst, 2 * i + 1));
            (cachedFirst ? plain : cached).add(once(root, work, cachedFirst ? "without caches" : "with the AOT caches",
                    !cachedFirst, 2 * i + 2));
        }
        StartupBenchmark.say("  medians: with the caches start %d ms, stop %d ms; without start %d ms, stop %d ms "
                + "(targets: start < 20000, stop < 10000)", median(cached, 0), median(cached, 1), median(plain, 0),
                median(plain, 1));
    }

    /** One start and stop; returns {ready ms, stop ms}. */
    private static long[] once(Path root, Path work, String label, boolean aotCache, int run) throws Exception {
        int firstPort = freeBlock();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("deploy/run-local.sh").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("run-local-" + run + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SALES_DATA_DIR", work.resolve("data").toString());
        environment.put("SALES_FIRST_PORT", Integer.toString(firstPort));
        environment.put("SALES_POSTGRES_PORT", Integer.toString(Ports.free()));
        environment.put("SALES_KAFKA_PORT", Integer.toString(Ports.free()));
        environment.put("SALES_KAFKA_CONTROLLER_PORT", Integer.toString(Ports.free()));
        environment.put("SALES_AOT_CACHE", Boolean.toString(aotCache));
        long launched = System.nanoTime();
        Process script = builder.start();
        try {
            awaitReady(script, firstPort);
        } catch (RuntimeException e) {
            stop(script);
            throw e;
        }
        long ready = (System.nanoTime() - launched) / 1_000_000;
        List<String> rss = rss(script);
        long stopping = System.nanoTime();
        stop(script);
        long stopped = (System.nanoTime() - stopping) / 1_000_000;
        StartupBenchmark.say("  %-55s ready in %6d ms, stopped in %5d ms; RSS at ready %s", label, ready, stopped,
                String.join(", ", rss));
        return new long[] {ready, stopped};
    }

    private static void awaitReady(Process script, int firstPort) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        boolean[] ready = new boolean[SERVICES.size()];
        int count = 0;
        while (count < ready.length) {
            if (!script.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The local run did not start; see its log under deploy/benchmarks/target/startup");
            }
            for (int i = 0; i < ready.length; i++) {
                if (!ready[i] && isReady(http, firstPort + 1000 + i)) {
                    ready[i] = true;
                    count++;
                }
            }
            Thread.sleep(100);
        }
    }

    private static boolean isReady(HttpClient http, int managementPort) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** RSS of each service's JVM under the script, in MiB, named by its jar. */
    private static List<String> rss(Process script) {
        List<String> figures = new ArrayList<>();
        script.descendants().forEach(process -> {
            String arguments = String.join(" ", process.info().arguments().orElse(new String[0]));
            for (String service : SERVICES) {
                if (arguments.contains(service + "-service/target/quarkus-app")) {
                    figures.add(service + " " + (ServiceProcess.rssKilobytes(process.pid()) >> 10) + " MiB");
                }
            }
        });
        return figures;
    }

    /** SIGTERM to the script (as Ctrl-C would), then wait until it and everything under it have ended. */
    private static void stop(Process script) throws InterruptedException {
        List<ProcessHandle> all = script.descendants().toList();
        script.destroy();
        if (!script.waitFor(EXIT_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
            all.forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
        for (ProcessHandle process : all) {
            process.onExit().join();
        }
    }

    /** A first port with it and the next four free, and the five management ports 1000 above. */
    private static int freeBlock() {
        for (int first = 38081; first < 39000; first += 10) {
            boolean free = true;
            for (int i = 0; i < 5 && free; i++) {
                free = !Ports.inUse(first + i) && !Ports.inUse(first + 1000 + i);
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("No five free ports from 38081");
    }

    private static long median(List<long[]> samples, int index) {
        return StartupReport.median(samples.stream().mapToLong(sample -> sample[index]).toArray());
    }
}
