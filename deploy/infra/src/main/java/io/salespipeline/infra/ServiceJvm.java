package io.salespipeline.infra;

import java.util.List;

/** The JVM options of a packaged service on this machine: the local run's, the start-up benchmark's. */
public final class ServiceJvm {

    /**
     * A 256 MiB heap bound, as the system tests give.
     */
    public static final List<String> OPTIONS = List.of("-Xmx256m");

    private ServiceJvm() {
    }
}
