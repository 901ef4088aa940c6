package io.salespipeline.infra.supervision;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One running instance of something a {@link Supervisor} keeps alive: a process, a server. */
public interface Child {

    /** Completes with the exit status (or -1 when unknown) once the instance has died or stopped. */
    CompletableFuture<Integer> exited();

    /** The process to name on the console. */
    long pid();

    /** Asks it to stop and waits; what is still running after {@code grace} is killed. */
    void stop(Duration grace);

    /** A plain process: SIGTERM, then SIGKILL after the grace period. */
    static Child of(Process process) {
        return new Child() {
            @Override
            public CompletableFuture<Integer> exited() {
                return process.onExit().thenApply(Process::exitValue);
            }

            @Override
            public long pid() {
                return process.pid();
            }

            @Override
            public void stop(Duration grace) {
                process.destroy();
                try {
                    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
