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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    @Schema(description = "The pipeline's value: what is open per stage and the revenue won in a window, per currency "
            + "and in the reporting base currency.")
    public record PipelineValue(
            @Schema(required = true, description = "The reporting base currency (ISO 4217) every inBaseCurrency is "
                    + "in.", examples = "EUR") String baseCurrency,
            @Schema(required = true, description = "The day (UTC) whose reporting rates converted into the base "
                    + "currency: the ratesOn asked for, else today.", examples = "2026-03-31") LocalDate ratesOn,
            @Schema(required = true, description = "The open value per stage: PROPOSAL (the totals of the deals' "
                    + "draft or sent proposals), then CONTRACT (accepted proposals whose deal has neither closed nor "
                    + "been lost).") List<StageValue> openValue,
            @Schema(required = true, description = "The revenue won in the window, in total and by source.")
            Won wonRevenue) {
    }

    /** deals: how many deals are open at the stage. */
    @Schema(description = "What is open at one stage.")
    public record StageValue(
            @Schema(required = true, description = "The stage: PROPOSAL or CONTRACT.") Stage stage,
            @Schema(required = true, description = "How many deals are open at the stage.", minimum = "0",
                    examples = "12") long deals,
            @Schema(required = true, description = "Their open value, per currency and in the base currency.")
            ValueInBase value) {
    }

    @Schema(description = "The revenue won in [from, to): the first orders' totals of the deals won then.")
    public record Won(
            @Schema(required = true, description = "The window's start, inclusive (UTC): the from asked for, else "
                    + "30 days before to.", examples = "2026-03-01T00:00:00Z") Instant from,
            @Schema(required = true, description = "The window's end, exclusive (UTC): the to asked for, else now.",
                    examples = "2026-03-31T00:00:00Z") Instant to,
            @Schema(required = true, description = "How many deals were won in the window.", minimum = "0",
                    examples = "7") long deals,
            @Schema(required = true, description = "Their first orders' totals, per currency and in the base "
                    + "currency.") ValueInBase value,
            @Schema(required = true, description = "The same by source kind, source detail and campaign, the unknown "
                    + "(null) after the known; empty: nothing won.") List<WonRevenue.BySource> bySource) {
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
