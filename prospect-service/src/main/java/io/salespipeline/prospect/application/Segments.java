package io.salespipeline.prospect.application;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.prospect.domain.Missing;
import io.salespipeline.prospect.domain.Segment;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The segments an operator configured (sales.segments.required-steps.NAME = step codes, comma
 * separated) and the one a new prospect starts in (sales.segments.default). Read at start: a wrong
 * step code or a default that is not configured stops the service from starting.
 */
@ApplicationScoped
public class Segments {

    @ConfigMapping(prefix = "sales.segments")
    public interface Config {
        /** The segment of a new prospect. */
        @WithName("default")
        @WithDefault("STANDARD")
        String defaultSegment();

        /** Segment name to the readiness step codes it requires. */
        Map<String, String> requiredSteps();
    }

    private final Map<String, Segment> configured;
    private final Segment defaultSegment;

    @Inject
    public Segments(Config config) {
        Map<String, Segment> segments = new TreeMap<>();
        segments.put(Segment.STANDARD.name(), Segment.STANDARD);
        config.requiredSteps().forEach((name, codes) -> segments.put(key(name), segment(key(name), codes)));
        this.configured = segments;
        this.defaultSegment = segments.get(key(config.defaultSegment()));
        if (defaultSegment == null) {
            throw new IllegalStateException("sales.segments.default names an unconfigured segment: "
                    + config.defaultSegment() + "; configured: " + segments.keySet());
        }
    }

    /** The configured segment of that name; a name not configured is a 400 naming the known ones. */
    public Segment named(String name) {
        Segment segment = name == null ? null : configured.get(key(name));
        if (segment == null) {
            throw new InvalidInputException("segment", "must be one of " + configured.keySet());
        }
        return segment;
    }

    /**
     * The segment a prospect is in, as configured now; a segment an operator has since removed
     * requires the standard steps (nothing is waived by a configuration slip).
     */
    public Segment current(String name) {
        Segment segment = name == null ? null : configured.get(key(name));
        return segment != null ? segment : new Segment(name == null ? Segment.STANDARD.name() : name,
                Segment.STANDARD_STEPS);
    }

    public Segment byDefault() {
        return defaultSegment;
    }

    /** Every configured segment, by name. */
    public List<Segment> all() {
        return List.copyOf(new LinkedHashMap<>(configured).values());
    }

    private static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    private static Segment segment(String name, String codes) {
        Set<Missing> steps = EnumSet.noneOf(Missing.class);
        for (String code : codes.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            Missing step = Missing.ofCode(code);
            if (step == null) {
                throw new IllegalStateException("sales.segments.required-steps." + name + ": unknown step '"
                        + code.strip() + "'; known: profile, procurement, formalRfp, quantifiedApplication");
            }
            steps.add(step);
        }
        return new Segment(name, steps);
    }
}
