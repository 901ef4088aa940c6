package io.salespipeline.lead.application.search;

import io.salespipeline.lead.domain.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How common a piece of text is among the leads' search texts, estimated from PostgreSQL's own
 * statistics sample of {@code lead.search_text} ({@code pg_stats}: most common values with their
 * frequencies, histogram bounds for the rest), kept for a minute. No statistics yet (a new or
 * small table): every piece counts as 0, so q is looked up whole, as before.
 */
@ApplicationScoped
public class SearchTextSample {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private record Snapshot(List<String> common, List<Float> commonShares, List<String> histogram, Instant loadedAt) {
    }

    private volatile Snapshot snapshot;

    /** The estimated share (0..1) of leads whose search text contains this (lower case) text. */
    public double frequency(String piece) {
        Snapshot sample = current();
        double share = 0;
        double commonTotal = 0;
        for (int i = 0; i < sample.common().size(); i++) {
            commonTotal += sample.commonShares().get(i);
            if (sample.common().get(i).contains(piece)) {
                share += sample.commonShares().get(i);
            }
        }
        if (!sample.histogram().isEmpty()) {
            long containing = sample.histogram().stream().filter(value -> value.contains(piece)).count();
            share += (1 - commonTotal) * containing / sample.histogram().size();
        }
        return share;
    }

    /** Reads the statistics again at the next estimate (e.g. after an ANALYZE). */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot sample = snapshot;
        if (sample == null || sample.loadedAt().plus(KEPT).isBefore(Instant.now())) {
            sample = load();
            snapshot = sample;
        }
        return sample;
    }

    @SuppressWarnings("unchecked")
    private static Snapshot load() {
        List<Object[]> rows = Lead.getEntityManager().createNativeQuery("""
                select m.v, m.f from pg_stats s
                    cross join lateral unnest(s.most_common_vals::text::text[], s.most_common_freqs) m(v, f)
                    where s.schemaname = current_schema() and s.tablename = 'lead' and s.attname = 'search_text'
                union all
                select h.v, null::real from pg_stats s
                    cross join lateral unnest(s.histogram_bounds::text::text[]) h(v)
                    where s.schemaname = current_schema() and s.tablename = 'lead' and s.attname = 'search_text'
                """).getResultList();
        List<String> common = new ArrayList<>();
        List<Float> commonShares = new ArrayList<>();
        List<String> histogram = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[0] == null) {
                continue;
            }
            if (row[1] == null) {
                histogram.add((String) row[0]);
            } else {
                common.add((String) row[0]);
                commonShares.add(((Number) row[1]).floatValue());
            }
        }
        return new Snapshot(common, commonShares, histogram, Instant.now());
    }
}
