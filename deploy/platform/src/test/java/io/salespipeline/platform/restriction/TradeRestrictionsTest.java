package io.salespipeline.platform.restriction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.restriction.TradeRestrictions.DeniedParty;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TradeRestrictionsTest {

    private final TradeRestrictions lists = TradeRestrictions.of(List.of(" kp ", "IR"),
            List.of(new DeniedParty("Blocked Holdings", null), new DeniedParty(null, "@Denied.example")));

    @Test
    void emptyListsBlockNothing() {
        assertTrue(TradeRestrictions.NONE.reasonsToBlock("Blocked Holdings", "x@denied.example", "KP").isEmpty());
    }

    @Test
    void aRestrictedCountryBlocksWhateverItsCase() {
        assertEquals(Set.of("IR", "KP"), lists.restrictedCountries());
        assertEquals(List.of("The country KP is on the restricted-country list."),
                lists.reasonsToBlock("Fine Co", "a@fine.example", "kp"));
        assertTrue(lists.reasonsToBlock("Fine Co", "a@fine.example", "DE").isEmpty());
        assertTrue(lists.reasonsToBlock("Fine Co", "a@fine.example", null).isEmpty());
    }

    @Test
    void aDeniedPartyMatchesByCompanyNameOrByDomainAndItsSubdomains() {
        assertEquals(1, lists.reasonsToBlock("  blocked holdings ", "a@fine.example", "DE").size());
        assertEquals(1, lists.reasonsToBlock("Other", "a@DENIED.example", "DE").size());
        assertEquals(1, lists.reasonsToBlock("Other", "a@eu.denied.example", "DE").size());
        assertTrue(lists.reasonsToBlock("Other", "a@notdenied.example", "DE").isEmpty());
        assertTrue(lists.reasonsToBlock("Blocked Holdings Two", null, null).isEmpty());
        assertEquals(3, lists.reasonsToBlock("Blocked Holdings", "a@denied.example", "IR").size());
    }

    @Test
    void badEntriesAreRefusedNamingThem() {
        InvalidInputException country = assertThrows(InvalidInputException.class,
                () -> TradeRestrictions.of(List.of("DE", "Germany"), List.of()));
        assertEquals("restrictedCountries[1]", country.errors().get(0).field());
        InvalidInputException party = assertThrows(InvalidInputException.class,
                () -> TradeRestrictions.of(List.of(), List.of(new DeniedParty(" ", null))));
        assertEquals("deniedParties[0]", party.errors().get(0).field());
    }
}
