package io.salespipeline.platform.customerlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static CustomerLink link(CustomerLinkPurpose purpose) {
        LinkRequest request = new LinkRequest(purpose, UUID.randomUUID(), UUID.randomUUID(), 2,
                new LinkContact(UUID.randomUUID(), "Grace Hopper", "grace@navy.example"), null);
        return CustomerLink.issue(UUID.randomUUID(), LinkTokens.sha256(LinkTokens.newToken()), request,
                NOW.plus(Duration.ofDays(14)), "sam.seller (seller)", NOW);
    }

    @Test
    void aTokenHas256RandomBitsInUrlSafeTextAndIsStoredAsItsSha256() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkTokens.newToken();
            assertTrue(LinkTokens.wellFormed(token), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            tokens.add(token);
        }
        assertEquals(1000, tokens.size());
        String token = LinkTokens.newToken();
        assertEquals(64, LinkTokens.sha256(token).length());
        assertFalse(LinkTokens.sha256(token).contains(token));
        assertNotEquals(LinkTokens.sha256(token), LinkTokens.sha256(LinkTokens.newToken()));
        assertFalse(LinkTokens.wellFormed("../../etc/passwd"));
        assertFalse(LinkTokens.wellFormed(token + "A"));
    }

    @Test
    void aLinkIsLiveUntilItExpiresThenRefusedWith410() {
        CustomerLink link = link(CustomerLinkPurpose.PROPOSAL_DECISION);
        assertEquals(LinkState.LIVE, link.state(NOW));
        Instant later = NOW.plus(Duration.ofDays(14));
        assertEquals(LinkState.EXPIRED, link.state(later));
        CustomerLinkException refused = assertThrows(CustomerLinkException.class, () -> link.use(later));
        assertEquals(410, refused.status());
        assertEquals("customer-link-expired", refused.problemType());
    }

    @Test
    void aSingleUseLinkIsSpentByItsAct() {
        CustomerLink link = link(CustomerLinkPurpose.PROPOSAL_DECISION);
        link.use(NOW);
        assertEquals(LinkState.USED, link.state(NOW));
        CustomerLinkException again = assertThrows(CustomerLinkException.class, () -> link.use(NOW));
        assertEquals("customer-link-used", again.problemType());
        assertFalse(link.revoke("sam.seller (seller)", NOW, null), "a used link keeps its state");
        assertEquals(LinkState.USED, link.state(NOW));
    }

    @Test
    void aUsedLinkStillReadsWhatItWasForForAWhileButNeverActsAgain() {
        Duration readable = Duration.ofDays(30);
        CustomerLink link = link(CustomerLinkPurpose.PROPOSAL_DECISION);
        assertEquals(link, link.requireReadable(NOW, readable), "a live link reads");
        link.use(NOW);
        Instant later = NOW.plus(Duration.ofDays(20)); // past the link's own expiry: used, it still reads
        assertEquals(link, link.requireReadable(later, readable));
        assertEquals("customer-link-used", assertThrows(CustomerLinkException.class, () -> link.use(later))
                .problemType());
        assertEquals("customer-link-expired", assertThrows(CustomerLinkException.class,
                () -> link.requireReadable(NOW.plus(readable), readable)).problemType());
        link.forgetContact(later); // an erasure: the person's link no longer opens
        assertEquals("customer-link-revoked", assertThrows(CustomerLinkException.class,
                () -> link.requireReadable(later, readable)).problemType());

        CustomerLink unused = link(CustomerLinkPurpose.PROPOSAL_DECISION);
        assertEquals("customer-link-expired", assertThrows(CustomerLinkException.class,
                () -> unused.requireReadable(NOW.plus(Duration.ofDays(14)), readable)).problemType());
        unused.revoke("sam.seller (seller)", NOW, null);
        assertEquals("customer-link-revoked", assertThrows(CustomerLinkException.class,
                () -> unused.requireReadable(NOW, readable)).problemType());
    }

    @Test
    void aSurveyLinkIsLivePerRecordTheOthersPerDeal() {
        // A customer may have several delivered orders waiting for an answer at once.
        assertTrue(CustomerLinkPurpose.SURVEY.livePerRecord());
        assertFalse(CustomerLinkPurpose.PROPOSAL_DECISION.livePerRecord());
        assertFalse(CustomerLinkPurpose.CONTRACT_SIGNATURE.livePerRecord());
        assertFalse(CustomerLinkPurpose.FIRST_ORDER.livePerRecord());
        assertEquals("/customer/survey/abc", CustomerLinkPurpose.SURVEY.pagePath("abc"));
    }

    @Test
    void aRevokedLinkIsRefusedAndNamesItsReplacement() {
        CustomerLink link = link(CustomerLinkPurpose.CONTRACT_SIGNATURE);
        UUID replacement = UUID.randomUUID();
        assertTrue(link.revoke("sam.seller (seller)", NOW, replacement));
        assertEquals(LinkState.REVOKED, link.state(NOW));
        assertEquals(replacement, link.replacedBy());
        assertEquals("customer-link-revoked", assertThrows(CustomerLinkException.class, () -> link.use(NOW))
                .problemType());
    }

    @Test
    void anErasureForgetsTheContactAndRevokesTheLink() {
        CustomerLink link = link(CustomerLinkPurpose.SURVEY);
        link.forgetContact(NOW);
        assertEquals("[erased]", link.contact().name());
        assertEquals(null, link.contact().email());
        assertEquals(LinkState.REVOKED, link.state(NOW));
    }

    @Test
    void aLinkMustExpireAfterItIsIssued() {
        LinkRequest request = new LinkRequest(CustomerLinkPurpose.FIRST_ORDER, UUID.randomUUID(), UUID.randomUUID(), 1,
                new LinkContact(UUID.randomUUID(), "Ada", null), null);
        assertThrows(IllegalArgumentException.class, () -> CustomerLink.issue(UUID.randomUUID(), "x", request, NOW, "s", NOW));
    }

    @Test
    void anUnknownLinkIs404() {
        assertEquals(404, CustomerLinkException.unknown().status());
        assertEquals("customer-link-not-found", CustomerLinkException.unknown().problemType());
    }

    @Test
    void eachPurposeHasItsOwnPagePath() {
        assertEquals("/customer/proposal-decision/abc", CustomerLinkPurpose.PROPOSAL_DECISION.pagePath("abc"));
        assertEquals("/customer/contract-signature/abc", CustomerLinkPurpose.CONTRACT_SIGNATURE.pagePath("abc"));
    }
}
