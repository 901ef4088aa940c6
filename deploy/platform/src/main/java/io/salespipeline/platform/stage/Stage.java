package io.salespipeline.platform.stage;

import java.util.Locale;
import java.util.Optional;

/** The five stages of a deal, in the order a deal travels them. */
public enum Stage {
    LEAD, PROSPECT, PROPOSAL, CONTRACT, FULFILLMENT;

    public boolean isBefore(Stage other) {
        return compareTo(other) < 0;
    }

    /** Reads a stage named by another service; an unknown name is no stage of this pipeline. */
    public static Optional<Stage> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
