package io.salespipeline.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts every thread of a process back to the normal CPU priority. Linux keeps a niceness per
 * thread and a JVM's threads inherit it from the thread that made them, so the process as a whole
 * is reniced thread by thread ({@code /proc/<pid>/task}).
 */
final class Niceness {

    private Niceness() {
    }

    static void reset(long pid) {
        List<String> command = new ArrayList<>(List.of("renice", "-n", "0", "-p"));
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> command.add(task.getFileName().toString()));
        } catch (IOException e) {
            return; // not Linux, or the process is gone: nothing to reset
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // no renice here: the replica keeps serving at the lower priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
