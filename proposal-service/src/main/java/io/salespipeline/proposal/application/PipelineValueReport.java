package io.salespipeline.proposal.application;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.proposal.domain.CurrencyTotal;
import io.salespipeline.proposal.domain.ReportingRates;
import io.salespipeline.proposal.domain.ValueInBase;
import io.salespipeline.proposal.domain.WonRevenue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The pipeline's value for sales managers: what is open at the proposal stage (the totals of the
 * deals' open versions, draft or sent) and at the contract stage (accepted proposals whose deal
 * has neither closed nor been lost), and the revenue won in a window by where the deals came
 * from. Every amount stays in its deal's currency; the base-currency figures use the reporting
 * rates as they stand on one day.
 */
@ApplicationScoped
public class PipelineValueReport {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    /** A proposal's total: the sum of its rounded line totals (none: zero). */
    private static final String OPEN = """
            select p.currency, count(*), coalesce(sum(t.total), 0)
            from proposal p
            left join lateral (select sum(l.total) as total from proposal_line l where l.proposal_id = p.id) t on true
            where %s
            group by p.currency""";
    private static final String AT_PROPOSAL = "p.status in ('DRAFT', 'SENT')";
    private static final String AT_CONTRACT = "p.status = 'ACCEPTED' and p.deal_won_at is null and p.deal_lost_at is null";
    private static final String WON = """
            select source_kind, source_detail, source_campaign, deal_won_currency, count(*), sum(deal_won_amount)
            from proposal
            where deal_won_at >= ?1 and deal_won_at < ?2
            group by source_kind, source_detail, source_campaign, deal_won_currency""";

    @Inject
    EntityManager entityManager;

    @Inject
    ReportingRateBook rateBook;

    public record PipelineValue(String baseCurrency, LocalDate ratesOn, List<StageValue> openValue, Won wonRevenue) {
    }

    /** deals: how many deals are open at the stage. */
    public record StageValue(Stage stage, long deals, ValueInBase value) {
    }

    public record Won(Instant from, Instant to, long deals, ValueInBase value, List<WonRevenue.BySource> bySource) {
    }

    /** Won in [from, to) (default: the last 30 days), converted with the rates of {@code ratesOn} (default: today, UTC). */
    public PipelineValue report(Instant from, Instant to, LocalDate ratesOn) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(DEFAULT_WINDOW) : from;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "must be before to");
        }
        LocalDate day = ratesOn == null ? LocalDate.now(ZoneOffset.UTC) : ratesOn;
        ReportingRates rates = rateBook.on(day);
        List<StageValue> open = List.of(open(Stage.PROPOSAL, rates), open(Stage.CONTRACT, rates));
        List<WonRevenue.Row> rows = wonRows(start, end);
        List<CurrencyTotal> allWon = WonRevenue.merged(rows.stream()
                .map(row -> new CurrencyTotal(row.total(), row.deals())).toList());
        long wonDeals = allWon.stream().mapToLong(CurrencyTotal::deals).sum();
        return new PipelineValue(rates.baseCurrency(), day, open,
                new Won(start, end, wonDeals, rates.value(allWon), WonRevenue.bySource(rows, rates)));
    }

    private StageValue open(Stage stage, ReportingRates rates) {
        String where = stage == Stage.PROPOSAL ? AT_PROPOSAL : AT_CONTRACT;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(OPEN.formatted(where)).getResultList();
        List<CurrencyTotal> totals = rows.stream().map(row -> new CurrencyTotal(
                new Money((BigDecimal) row[2], (String) row[0]).rounded(), ((Number) row[1]).longValue())).toList();
        long deals = totals.stream().mapToLong(CurrencyTotal::deals).sum();
        return new StageValue(stage, deals, rates.value(totals));
    }

    private List<WonRevenue.Row> wonRows(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(WON).setParameter(1, from).setParameter(2, to)
                .getResultList();
        return rows.stream().map(row -> new WonRevenue.Row(
                Attribution.ofNullable((String) row[0], (String) row[1], (String) row[2]),
                new Money((BigDecimal) row[5], (String) row[3]), ((Number) row[4]).longValue())).toList();
    }
}
