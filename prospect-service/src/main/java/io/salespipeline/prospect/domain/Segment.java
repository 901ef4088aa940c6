package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;
import java.util.EnumSet;
import java.util.Set;

/**
 * A deal's segment (e.g. SMB, ENTERPRISE, PUBLIC_SECTOR) and the readiness steps it requires, as
 * configured (sales.segments): which steps a segment needs is configuration, not code. A segment
 * requires at least one step (a prospect is never handed on with nothing learned).
 */
public record Segment(String name, Set<Missing> requiredSteps) {

    /** The steps every deal needed before segments existed: what a segment no longer configured requires. */
    public static final Set<Missing> STANDARD_STEPS =
            Set.copyOf(EnumSet.of(Missing.PROFILE, Missing.PROCUREMENT, Missing.QUANTIFIED_APPLICATION));

    /** The segment of every deal out of the box (and of prospects opened before segments existed). */
    public static final Segment STANDARD = new Segment("STANDARD", STANDARD_STEPS);

    public Segment {
        name = Require.text("segment", name, 40);
        Require.present("requiredSteps", requiredSteps);
        if (requiredSteps.isEmpty()) {
            throw new IllegalArgumentException("Segment " + name + " requires no readiness step");
        }
        requiredSteps = Set.copyOf(requiredSteps);
    }
}
