package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadErasureTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Lead qualifiedLead() {
        Lead lead = Lead.create(new Contact("Ada Lovelace", "ada@example.com", "+44 20 7946 0000",
                "Analytical Engines Ltd", "CTO", "GB"), "met at the booth", Map.of("badge", "A-17"),
                SourceKind.CONFERENCE, "TechConf 2026", "seller-1", now);
        lead.assess(true, "Budget confirmed", "seller-1", now);
        lead.recordInterest(InterestChannel.MEETING, now, "analytics", "seller-1", now);
        return lead;
    }

    @Test
    void erasureForgetsThePersonButKeepsWhatTheFunnelCounts() {
        Lead lead = qualifiedLead();
        var dealId = lead.dealId();
        Instant later = now.plusSeconds(3600);

        assertTrue(lead.erase(later));

        assertNull(lead.contact());
        assertNull(lead.email());
        assertNull(lead.notes());
        assertEquals(Map.of(), lead.attributes());
        assertEquals(later, lead.erasedAt());
        assertEquals(LeadStatus.QUALIFIED, lead.status());
        assertEquals(dealId, lead.dealId());
        assertEquals(SourceKind.CONFERENCE, lead.sourceKind());
        assertEquals(now, lead.createdAt());
        assertEquals(now, lead.qualifiedAt());
    }

    @Test
    void erasingTwiceChangesNothing() {
        Lead lead = qualifiedLead();
        assertTrue(lead.erase(now));
        assertFalse(lead.erase(now.plusSeconds(60)));
        assertEquals(now, lead.erasedAt());
    }

    @Test
    void anErasedOpenLeadAllowsNoFurtherAction() {
        Lead lead = Lead.create(new Contact("Ada", "ada@example.com", null, null, null, null), null, null,
                SourceKind.MANUAL, null, "seller-1", now);
        lead.erase(now);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> lead.assess(true, "fits", "seller-1", now));
        assertEquals("NEW", refused.currentState());
        assertThrows(IllegalTransitionException.class, () -> lead.disqualify("gone", now));
    }
}
