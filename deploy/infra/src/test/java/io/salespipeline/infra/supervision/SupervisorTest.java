package io.salespipeline.infra.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The supervisor's logic with cheap children (sh, sleep); times are liveness bounds, not targets. */
class SupervisorTest {

    private static final Duration LIVENESS = Duration.ofSeconds(20);

    private final List<String> console = new CopyOnWriteArrayList<>();
    private Supervisor supervisor;

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void restartsAChildThatDiedAndSaysSo() throws Exception {
        supervisor = new Supervisor(new Backoff(ms(50), ms(200), Duration.ofMinutes(1)), console::add);
        supervisor.start("victim", () -> process("sleep", "60"));
        long first = supervisor.pid("victim");

        ProcessHandle.of(first).orElseThrow().destroyForcibly();

        awaitTrue(() -> supervisor.restarts("victim") == 1 && supervisor.pid("victim") > 0);
        assertNotEquals(first, supervisor.pid("victim"));
        assertTrue(ProcessHandle.of(supervisor.pid("victim")).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(console.stream().anyMatch(line -> line.startsWith("victim (pid " + first + ") exited with status 137")),
                console.toString());
        assertTrue(console.stream().anyMatch(line -> line.startsWith("victim restarted (pid ")), console.toString());
    }

    @Test
    void theWaitGrowsWhileAChildKeepsDyingAndStopsGrowingAtTheCap() throws Exception {
        supervisor = new Supervisor(new Backoff(ms(40), ms(160), Duration.ofMinutes(1)), console::add);
        supervisor.start("crasher", () -> process("sh", "-c", "exit 3"));

        awaitTrue(() -> supervisor.restarts("crasher") >= 5);

        List<String> waits = console.stream().filter(line -> line.startsWith("crasher (pid"))
                .map(line -> line.substring(line.lastIndexOf(" in ") + 4)).limit(5).toList();
        assertEquals(List.of("40 ms", "80 ms", "160 ms", "160 ms", "160 ms"), waits, console.toString());
        assertTrue(console.get(0).contains("exited with status 3"), console.toString());
    }

    @Test
    void aChildThatStayedUpLongEnoughStartsOverAtTheFirstWait() throws Exception {
        supervisor = new Supervisor(new Backoff(ms(40), ms(1000), ms(200)), console::add);
        supervisor.start("stable-then-dies", () -> process("sh", "-c", "sleep 0.4; exit 1"));

        awaitTrue(() -> supervisor.restarts("stable-then-dies") >= 3);

        assertTrue(console.stream().filter(line -> line.contains("exited")).limit(3)
                .allMatch(line -> line.endsWith("restarting it in 40 ms")), console.toString());
    }

    @Test
    void theOthersKeepRunningWhileOneIsRestarted() throws Exception {
        supervisor = new Supervisor(new Backoff(ms(20), ms(40), Duration.ofMinutes(1)), console::add);
        supervisor.start("steady", () -> process("sleep", "60"));
        supervisor.start("crasher", () -> process("sh", "-c", "exit 1"));
        long steady = supervisor.pid("steady");

        awaitTrue(() -> supervisor.restarts("crasher") >= 3);

        assertEquals(steady, supervisor.pid("steady"));
        assertEquals(0, supervisor.restarts("steady"));
        assertTrue(ProcessHandle.of(steady).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void stopEndsEveryChildAndNothingIsRestartedAfterwards() throws Exception {
        supervisor = new Supervisor(new Backoff(ms(20), ms(40), Duration.ofMinutes(1)), console::add);
        supervisor.start("a", () -> process("sleep", "60"));
        supervisor.start("b", () -> process("sleep", "60"));
        supervisor.start("crasher", () -> process("sh", "-c", "sleep 0.05; exit 1"));
        long a = supervisor.pid("a");
        long b = supervisor.pid("b");

        Map<String, Duration> took = supervisor.stop(Duration.ofSeconds(5));

        assertEquals(List.of("a", "b", "crasher"), List.copyOf(took.keySet()));
        assertTrue(ProcessHandle.of(a).isEmpty() || !ProcessHandle.of(a).get().isAlive());
        assertTrue(ProcessHandle.of(b).isEmpty() || !ProcessHandle.of(b).get().isAlive());
        int restarts = supervisor.restarts("crasher");
        Thread.sleep(300);
        assertEquals(restarts, supervisor.restarts("crasher"), console.toString());
        assertThrows(IllegalStateException.class, () -> supervisor.start("late", () -> process("sleep", "60")));
    }

    @Test
    void stopAsksEveryChildAtOnceNotOneAfterAnother() throws Exception {
        supervisor = new Supervisor(Backoff.DEFAULT, console::add);
        int children = 4;
        CountDownLatch allAsked = new CountDownLatch(children);
        for (int i = 0; i < children; i++) {
            supervisor.start("slow-" + i, () -> new SlowToStop(allAsked));
        }

        Map<String, Duration> took = supervisor.stop(Duration.ofSeconds(5));

        // Each child returns from stop() only once every child has been asked: serial stopping would deadlock
        // here and each would give up after its own wait, which the flag below tells apart.
        assertEquals(children, took.size());
        assertEquals(0, allAsked.getCount());
        assertTrue(SlowToStop.gaveUp.isEmpty(), "asked one after another: " + SlowToStop.gaveUp);
    }

    @Test
    void stopKillsAChildThatIgnoresSigtermAfterTheGracePeriod() throws Exception {
        supervisor = new Supervisor(Backoff.DEFAULT, console::add);
        supervisor.start("stubborn", () -> process("sh", "-c", "trap '' TERM; while :; do sleep 0.1; done"));
        long pid = supervisor.pid("stubborn");

        Map<String, Duration> took = supervisor.stop(ms(300));

        assertTrue(took.get("stubborn").compareTo(LIVENESS) < 0, took.toString());
        assertTrue(ProcessHandle.of(pid).isEmpty() || !ProcessHandle.of(pid).get().isAlive());
    }

    @Test
    void stopDuringASlowRestartInterruptsItAndLeavesNothingRunning() throws Exception {
        supervisor = new Supervisor(new Backoff(ms(20), ms(40), Duration.ofMinutes(1)), console::add);
        CountDownLatch restarting = new CountDownLatch(1);
        List<Long> started = new CopyOnWriteArrayList<>();
        List<String> interrupted = new CopyOnWriteArrayList<>();
        supervisor.start("slow-starter", () -> {
            if (!started.isEmpty()) {
                restarting.countDown();
                try {
                    Thread.sleep(LIVENESS.toMillis()); // a broker recovering its logs
                } catch (InterruptedException e) {
                    interrupted.add("restart");
                    throw e;
                }
            }
            Child child = process("sh", "-c", "sleep 0.1; exit 1");
            started.add(child.pid());
            return child;
        });
        assertTrue(restarting.await(LIVENESS.toSeconds(), TimeUnit.SECONDS));

        Map<String, Duration> took = supervisor.stop(Duration.ofSeconds(2));

        assertEquals(List.of("restart"), interrupted, "stop ends a restart under way before it returns");
        assertTrue(took.get("slow-starter").compareTo(LIVENESS) < 0, took.toString());
        assertEquals(1, started.size(), "nothing started after the stop");
        assertEquals(0, supervisor.restarts("slow-starter"));
    }

    @Test
    void aChildThatCannotStartAtFirstIsReportedToTheCaller() {
        supervisor = new Supervisor(Backoff.DEFAULT, console::add);
        assertThrows(IOException.class, () -> supervisor.start("missing", () -> process("/no/such/program")));
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff backoff = Backoff.DEFAULT;
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L),
                List.of(1, 2, 3, 4, 5, 6, 50).stream().map(n -> backoff.delay(n).toSeconds()).toList());
    }

    private static Child process(String... command) throws IOException {
        return Child.of(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIVENESS.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + LIVENESS);
            }
            Thread.sleep(20);
        }
    }

    /** A child whose stop waits until every sibling has been asked to stop too (or gives up). */
    private static final class SlowToStop implements Child {

        static final List<Long> gaveUp = new CopyOnWriteArrayList<>();
        private final CountDownLatch allAsked;
        private final CompletableFuture<Integer> exited = new CompletableFuture<>();

        SlowToStop(CountDownLatch allAsked) {
            this.allAsked = allAsked;
        }

        @Override
        public CompletableFuture<Integer> exited() {
            return exited;
        }

        @Override
        public long pid() {
            return 0;
        }

        @Override
        public void stop(Duration grace) {
            allAsked.countDown();
            try {
                if (!allAsked.await(3, TimeUnit.SECONDS)) {
                    gaveUp.add(allAsked.getCount());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exited.complete(0);
        }
    }
}
