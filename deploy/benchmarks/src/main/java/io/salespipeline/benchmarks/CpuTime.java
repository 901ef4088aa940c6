package io.salespipeline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used, from Linux's /proc (user + system, in milliseconds). On a shared
 * machine a rate depends on what else runs, but the CPU one request costs does not: this is
 * the figure to compare before and after a change. {@link #withChildren} adds what the process's
 * children used, live ones and those already reaped (PostgreSQL: the postmaster and every
 * backend, including pgbench's, whose connections close before the run ends).
 */
final class CpuTime {

    private static final double TICKS_PER_MILLI = 100 / 1000.0; // USER_HZ is 100 on Linux

    private CpuTime() {
    }

    static long of(long pid) {
        long[] stat = stat(pid);
        return stat == null ? 0 : Math.round((stat[0] + stat[1]) / TICKS_PER_MILLI);
    }

    static long withChildren(long pid) {
        long[] stat = stat(pid);
        if (stat == null) {
            return 0;
        }
        long ticks = stat[0] + stat[1] + stat[2] + stat[3];
        ticks += ProcessHandle.of(pid).map(process -> process.children().mapToLong(child -> {
            long[] own = stat(child.pid());
            return own == null ? 0 : own[0] + own[1];
        }).sum()).orElse(0L);
        return Math.round(ticks / TICKS_PER_MILLI);
    }

    /** CPU of this process's children that have ended and been waited for (e.g. a finished pgbench). */
    static long reapedChildren(long pid) {
        long[] stat = stat(pid);
        return stat == null ? 0 : Math.round((stat[2] + stat[3]) / TICKS_PER_MILLI);
    }

    /** utime, stime, cutime, cstime in clock ticks; null if the process is gone. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime is field 14.
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The postmaster's pid: the first line of postmaster.pid in the data directory. */
    static long postmaster(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            return -1;
        }
    }
}
