package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.Attribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Won revenue grouped by where the deals came from: one group per source kind, source detail and
 * campaign (a deal whose source is not known forms the group with all three null), each with its
 * value per currency and in the base currency.
 */
public final class WonRevenue {

    private WonRevenue() {
    }

    /** Won deals of one source in one currency: how many, and the sum of their first orders. */
    public record Row(Attribution source, Money total, long deals) {
    }

    /** One source's won revenue. */
    @Schema(description = "The revenue won from one source (kind, detail and campaign); a deal whose source is not "
            + "known counts in the group with all three null.")
    public record BySource(
            @Schema(nullable = true, description = "The kind of source the deal's lead came from (lead-service's "
                    + "source kinds); null when not known.", examples = "CONFERENCE") String sourceKind,
            @Schema(nullable = true, description = "Which one: the list, conference, form or API key; null when not "
                    + "given or not known.", examples = "Hannover Messe 2026") String sourceDetail,
            @Schema(nullable = true, description = "The UTM campaign the revenue is attributed to; null when none or "
                    + "not known.", examples = "spring-launch-2026") String campaign,
            @Schema(required = true, description = "How many deals of this source were won in the window.",
                    minimum = "1", examples = "4") long deals,
            @Schema(required = true, description = "Their first orders' totals, per currency and in the base "
                    + "currency.") ValueInBase value) {
    }

    /** Ordered by source kind, detail and campaign, the unknown (null) after the known. */
    public static List<BySource> bySource(List<Row> rows, ReportingRates rates) {
        Map<Key, List<CurrencyTotal>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            Attribution source = row.source();
            Key key = source == null ? new Key(null, null, null)
                    : new Key(source.sourceKind(), source.sourceDetail(), source.campaign());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new CurrencyTotal(row.total(), row.deals()));
        }
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey(Key.ORDER)).map(group -> {
            List<CurrencyTotal> totals = merged(group.getValue());
            long deals = totals.stream().mapToLong(CurrencyTotal::deals).sum();
            Key key = group.getKey();
            return new BySource(key.kind(), key.detail(), key.campaign(), deals, rates.value(totals));
        }).toList();
    }

    /** One total per currency: rows of the same currency are added, never rows of different ones. */
    public static List<CurrencyTotal> merged(List<CurrencyTotal> totals) {
        Map<String, CurrencyTotal> byCurrency = new LinkedHashMap<>();
        totals.forEach(total -> byCurrency.merge(total.total().currency(), total,
                (a, b) -> new CurrencyTotal(a.total().plus(b.total()), a.deals() + b.deals())));
        return List.copyOf(byCurrency.values());
    }

    private record Key(String kind, String detail, String campaign) {
        static final Comparator<String> TEXT = Comparator.nullsLast(Comparator.naturalOrder());
        static final Comparator<Key> ORDER = Comparator.comparing(Key::kind, TEXT)
                .thenComparing(Key::detail, TEXT).thenComparing(Key::campaign, TEXT);
    }
}
