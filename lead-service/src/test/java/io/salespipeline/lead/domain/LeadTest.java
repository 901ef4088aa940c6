package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Lead newLead() {
        return Lead.create(new Contact("Ada Lovelace", "Ada@Example.COM", null, "Analytical Engines Ltd",
                "CTO", "gb"), "met at the booth", Map.of(), SourceKind.CONFERENCE, "TechConf 2026", "seller-1", now);
    }

    @Test
    void startsNewWithNormalisedContact() {
        Lead lead = newLead();
        assertEquals(LeadStatus.NEW, lead.status());
        assertEquals("ada@example.com", lead.contact().email());
        assertEquals("GB", lead.contact().country());
        assertNull(lead.dealId());
    }

    @Test
    void qualifiesOnlyWhenAssessmentAndInterestBothHold() {
        Lead lead = newLead();
        assertTrue(lead.assess(true, "Budget and need confirmed", "seller-1", now).isEmpty());
        assertEquals(LeadStatus.NEW, lead.status());

        Optional<Qualification> qualified = lead.recordInterest(InterestChannel.PHONE, now, "pricing", "seller-1", now);

        assertTrue(qualified.isPresent());
        assertEquals(LeadStatus.QUALIFIED, lead.status());
        assertNotNull(lead.dealId());
        assertEquals(lead.dealId(), qualified.get().dealId());
        assertEquals("seller-1", qualified.get().assessment().assessedBy());
        assertEquals(InterestChannel.PHONE, qualified.get().interest().channel());
    }

    @Test
    void interestFirstThenAssessmentAlsoQualifies() {
        Lead lead = newLead();
        assertTrue(lead.recordInterest(InterestChannel.EMAIL, now, "demo", "seller-1", now).isEmpty());
        assertEquals(LeadStatus.CONTACTED, lead.status());
        assertTrue(lead.assess(true, "fits", "seller-1", now).isPresent());
        assertEquals(LeadStatus.QUALIFIED, lead.status());
    }

    @Test
    void negativeAssessmentDisqualifiesWithTheReasons() {
        Lead lead = newLead();
        lead.assess(false, "No budget this year", "seller-1", now);
        assertEquals(LeadStatus.DISQUALIFIED, lead.status());
        assertTrue(lead.disqualificationReason().contains("No budget this year"));
    }

    @Test
    void aClosedLeadRefusesFurtherChangesNamingItsState() {
        Lead lead = newLead();
        lead.disqualify("Duplicate of an existing customer", now);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> lead.recordInterest(InterestChannel.PHONE, now, "x", "seller-1", now));
        assertEquals("DISQUALIFIED", refused.currentState());

        Lead qualified = newLead();
        qualified.assess(true, "fits", "s", now);
        qualified.recordInterest(InterestChannel.PHONE, now, "x", "s", now);
        assertThrows(IllegalTransitionException.class, () -> qualified.assess(true, "again", "s", now));
        assertThrows(IllegalTransitionException.class, () -> qualified.disqualify("late", now));
    }

    @Test
    void refusesContactsWithoutAnyWayToReachThem() {
        assertThrows(InvalidInputException.class, () -> new Contact("Nobody", null, " ", null, null, null));
        assertThrows(InvalidInputException.class, () -> new Contact("X", "not-an-address", null, null, null, null));
        assertThrows(InvalidInputException.class, () -> new Contact("X", "x@example.com", null, null, null, "XX"));
    }

    @Test
    void interestCannotBeExpressedInTheFuture() {
        Lead lead = newLead();
        assertThrows(InvalidInputException.class,
                () -> lead.recordInterest(InterestChannel.PHONE, now.plusSeconds(86_400), "x", "s", now));
        assertEquals(LeadStatus.NEW, lead.status());
        assertNull(lead.interest());
    }

    @Test
    void anExplicitContactMovesNewToContacted() {
        Lead lead = newLead();
        lead.recordContact(InterestChannel.PHONE, now, "seller-1", now);
        assertEquals(LeadStatus.CONTACTED, lead.status());
        assertEquals("seller-1", lead.contacted().by());
        lead.recordContact(InterestChannel.EMAIL, now.plusSeconds(60), "seller-2", now.plusSeconds(60));
        assertEquals(LeadStatus.CONTACTED, lead.status());
        assertEquals(InterestChannel.EMAIL, lead.contacted().channel());
        assertThrows(InvalidInputException.class,
                () -> lead.recordContact(InterestChannel.PHONE, now.plusSeconds(86_400), "s", now));
    }

    @Test
    void reopeningGoesBackToNewOrToContactedIfThereWasContact() {
        Lead untouched = newLead();
        untouched.disqualify("wrong segment", now);
        untouched.reopen("segment changed", "manager", now);
        assertEquals(LeadStatus.NEW, untouched.status());
        assertEquals("wrong segment", untouched.disqualificationReason());
        assertEquals("segment changed", untouched.reopening().reason());

        Lead contacted = newLead();
        contacted.recordContact(InterestChannel.PHONE, now, "s", now);
        contacted.assess(false, "no budget", "s", now);
        contacted.reopen("budget appeared", "s", now);
        assertEquals(LeadStatus.CONTACTED, contacted.status());
        // Reopened, it can qualify again with a new assessment.
        contacted.recordInterest(InterestChannel.PHONE, now, "demo", "s", now);
        assertTrue(contacted.assess(true, "budget now approved", "s", now).isPresent());
        assertEquals(LeadStatus.QUALIFIED, contacted.status());
    }

    @Test
    void onlyADisqualifiedLeadCanBeReopened() {
        Lead lead = newLead();
        assertThrows(IllegalTransitionException.class, () -> lead.reopen("why", "s", now));
        lead.assess(true, "fits", "s", now);
        lead.recordInterest(InterestChannel.PHONE, now, "x", "s", now);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> lead.reopen("why", "s", now));
        assertEquals("QUALIFIED", refused.currentState());
        assertThrows(IllegalTransitionException.class, () -> lead.recordContact(InterestChannel.PHONE, now, "s", now));
    }

    @Test
    void anUnverifiedArrivalJoinsTheHistoryAndFlagsTheLeadForReview_withoutChangingIt() {
        Lead lead = newLead();
        lead.disqualify("not now", now);
        Contact before = lead.contact();
        String notesBefore = lead.notes();
        Source form = new Source(SourceKind.WEB_FORM, null, "contact-us", "example.com", "/pricing", "spring",
                Map.of("utm_source", "newsletter"));
        LeadSource arrival = lead.arriveUnverified(form, "Please call me", Map.of("name", "Mallory", "company", "Evil"),
                "anonymous", now.plusSeconds(10));
        assertEquals(LeadStatus.DISQUALIFIED, lead.status());
        assertEquals("contact-us", arrival.source().formId());
        assertEquals("newsletter", arrival.source().utm().get("utm_source"));
        assertEquals("Please call me", arrival.notes());
        assertEquals("Mallory", arrival.submitted().get("name"));
        assertEquals(before, lead.contact());
        assertEquals(notesBefore, lead.notes());
        assertEquals(SourceKind.CONFERENCE, lead.sourceKind());
        assertEquals(now.plusSeconds(10), lead.pendingReview().since());
        lead.arriveUnverified(form, null, Map.of(), "anonymous", now.plusSeconds(20));
        assertEquals(2, lead.pendingReview().arrivals());
        assertEquals(now.plusSeconds(10), lead.pendingReview().since());
        lead.clearReview();
        assertNull(lead.pendingReview().since());
        assertEquals(0, lead.pendingReview().arrivals());
    }

    @Test
    void theLeadCarriesItsPersonKey() {
        Lead lead = newLead();
        assertEquals("ada@example.com", lead.personKey().email());
        assertEquals("ada lovelace|analytical engines", lead.personKey().nameAndCompany());
    }
}
