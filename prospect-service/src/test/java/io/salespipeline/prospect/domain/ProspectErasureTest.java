package io.salespipeline.prospect.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProspectErasureTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final UUID dealId = UUID.randomUUID();

    @Test
    void forgetsTheContactAndTheSamePersonAsDecisionMakerButKeepsTheDeal() {
        Prospect prospect = Prospect.open(dealId, UUID.randomUUID(),
                new Contact("Ada Lovelace", "ada@example.com", "+44 20 7946 0000", "Analytical Engines Ltd", "CTO", "GB"),
                new Source("CONFERENCE", "TechConf 2026"), null, Segment.STANDARD, "system", now);
        prospect.describe(new Profile("Manufacturing", "200-500", "B2B", null,
                List.of(new DecisionMaker(" ada lovelace", "CTO", Influence.HIGH),
                        new DecisionMaker("Jane Roe", "CFO", Influence.MEDIUM))),
                new Procurement(ProcurementProcedure.PURCHASE_ORDER, null), "seller-1", now);

        assertTrue(prospect.erasePerson(now.plusSeconds(60)));

        Contact contact = prospect.contact();
        assertEquals("[erased]", contact.name());
        assertNull(contact.email());
        assertNull(contact.phone());
        assertNull(contact.jobTitle());
        assertEquals("Analytical Engines Ltd", contact.company());
        assertEquals("[erased]", prospect.profile().decisionMakers().get(0).name());
        assertEquals("CTO", prospect.profile().decisionMakers().get(0).role());
        assertEquals("Jane Roe", prospect.profile().decisionMakers().get(1).name());
        assertEquals(ProspectStatus.ORIENTATION, prospect.status());
        assertEquals(dealId, prospect.dealId());
        assertEquals(now, prospect.createdAt());
        assertFalse(prospect.erasePerson(now.plusSeconds(120)), "a repeat changes nothing");
    }
}
