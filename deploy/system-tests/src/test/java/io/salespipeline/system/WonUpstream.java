package io.salespipeline.system;

import static io.salespipeline.system.DealJourney.awaitOne;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A closed deal is known upstream: the lead and the prospect that started it show WON with the
 * contract's closing time and the first order's total, and their stages' funnels count it. Read
 * through the generated clients, as a sales manager.
 */
final class WonUpstream {

    private static final Duration HAND_OFF = Duration.ofSeconds(90);

    private final Api manager;

    WonUpstream(SalesSystem system) {
        this.manager = Api.as(system, "max.manager", "sales-manager", null);
    }

    /** The deal's lead and prospect are WON, with what the contract and the order ({@code total}) say. */
    void assertWon(DealJourney.Outcome deal, BigDecimal total, String currency) {
        UUID dealId = UUID.fromString(deal.dealId());
        var contracts = manager.contracts();
        Instant closedAt = awaitOne(() -> contracts.listContracts(null, dealId, null, null).getItems())
                .getClosedAt().toInstant();
        var leads = manager.leads();
        var lead = await().atMost(HAND_OFF).pollInterval(Duration.ofMillis(250)).until(
                () -> awaitOne(() -> leads.listLeads(null, null, null, null, dealId, null, null, null, null, null, null).getItems()),
                found -> found.getStatus() == io.salespipeline.client.lead.model.LeadStatus.WON);
        assertWon("lead", deal, closedAt, lead.getDealWon().getClosedAt(), total, lead.getDealWon().getValue().getAmount(),
                currency, lead.getDealWon().getValue().getCurrency());
        var prospects = manager.prospects();
        var prospect = await().atMost(HAND_OFF).pollInterval(Duration.ofMillis(250)).until(
                () -> awaitOne(() -> prospects.listProspects(null, dealId, null, null, null).getItems()),
                found -> found.getStatus() == io.salespipeline.client.prospect.model.ProspectStatus.WON);
        assertWon("prospect", deal, closedAt, prospect.getDealWon().getClosedAt(), total,
                prospect.getDealWon().getValue().getAmount(), currency, prospect.getDealWon().getValue().getCurrency());
    }

    private static void assertWon(String stage, DealJourney.Outcome deal, Instant closedAt, OffsetDateTime wonClosedAt,
            BigDecimal total, String wonAmount, String currency, String wonCurrency) {
        assertEquals(closedAt, wonClosedAt.toInstant(), stage + " closedAt of deal " + deal.dealId());
        assertEquals(0, total.compareTo(new BigDecimal(wonAmount)), stage + " value of deal " + deal.dealId());
        assertEquals(currency, wonCurrency, stage + " currency of deal " + deal.dealId());
    }

    /** Of the leads and prospects that entered their stage in [from, to), {@code won} closed since. */
    void assertFunnelCounts(Instant from, Instant to, long won) {
        OffsetDateTime start = from.atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
        for (String service : new String[] {"lead", "prospect"}) {
            assertEquals(won, manager.stageFigures(service, start, end).get("won"), service + " won");
        }
    }
}
