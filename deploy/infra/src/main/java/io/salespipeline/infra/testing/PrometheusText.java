package io.salespipeline.infra.testing;

import java.util.Arrays;

/** Test tool: reads one sample of a Prometheus text exposition ({@code /q/metrics}). */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The value of the first sample of {@code metric} carrying every given label
     * ({@code "stage=\"LEAD\""}), or 0 when there is none.
     */
    public static double value(String exposition, String metric, String... labels) {
        return exposition.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
