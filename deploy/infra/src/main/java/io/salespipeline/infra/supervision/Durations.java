package io.salespipeline.infra.supervision;

import java.time.Duration;
import java.util.Locale;

/** Durations as the console shows them: "250 ms", "2 s", "1.5 s", "3 min 20 s". */
final class Durations {

    private Durations() {
    }

    static String text(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return millis % 1000 == 0 ? millis / 1000 + " s"
                    : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
