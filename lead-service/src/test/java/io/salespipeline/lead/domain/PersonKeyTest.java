package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PersonKeyTest {

    @Test
    void emailIsTrimmedAndLowerCasedButPlusAddressingIsKept() {
        assertEquals("ada@example.com", PersonKey.email("  Ada@Example.COM "));
        assertEquals("ada+news@example.com", PersonKey.email("Ada+News@example.com"));
        assertNotEquals(PersonKey.email("ada@example.com"), PersonKey.email("ada+news@example.com"));
        assertNull(PersonKey.email(" "));
    }

    @Test
    void phonesOfOneNumberWrittenDifferentlyShareTheirE164() {
        assertEquals("+493012345678", PersonKey.phone("030 123 456 78", "DE"));
        assertEquals("+493012345678", PersonKey.phone("+49 (30) 1234-5678", null));
        assertEquals("+493012345678", PersonKey.phone("0049 30 12345678", "DE"));
        assertEquals("+442079460000", PersonKey.phone("020 7946 0000", "GB"));
        // The same national digits in another country are another number.
        assertNotEquals(PersonKey.phone("030 123 456 78", "DE"), PersonKey.phone("030 123 456 78", "AT"));
        assertNull(PersonKey.phone(null, "DE"));
    }

    @Test
    void theSamePhoneKeyedAgainGivesTheSameKey_anotherCountryOrNoneIsKeyedAfresh() {
        // The last key per thread is remembered (a Contact checks its phone, then the lead keys it).
        assertEquals("+493012345678", PersonKey.phone("030 123 456 78", "DE"));
        assertEquals("+493012345678", PersonKey.phone("030 123 456 78", "DE"));
        assertEquals("+433012345678", PersonKey.phone("030 123 456 78", "AT"));
        assertEquals("+493012345678", PersonKey.phone("030 123 456 78", "DE"));
        assertThrows(InvalidInputException.class, () -> PersonKey.phone("030 123 456 78", null));
        assertEquals("+442079460000", PersonKey.phone("020 7946 0000", "GB"));
    }

    @Test
    void aPhoneThatIsNoNumberIsBadInput() {
        InvalidInputException noCountry = assertThrows(InvalidInputException.class,
                () -> PersonKey.phone("030 123456", null));
        assertEquals("phone", noCountry.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> PersonKey.phone("n/a", "DE"));
        assertThrows(InvalidInputException.class, () -> PersonKey.phone("12", "DE"));
    }

    @Test
    void nameAndCompanyIgnoreCaseAccentsPunctuationAndLegalForm() {
        String key = PersonKey.nameAndCompany("José  Müller-Lüdenscheidt", "Analytical Engines Ltd.");
        assertEquals(key, PersonKey.nameAndCompany("jose muller ludenscheidt", "ANALYTICAL ENGINES"));
        assertEquals(key, PersonKey.nameAndCompany("José Müller Lüdenscheidt", "Analytical Engines Limited"));
        assertNotEquals(key, PersonKey.nameAndCompany("José Müller", "Analytical Engines"));
        assertEquals("ada lovelace|gmbh", PersonKey.nameAndCompany("Ada Lovelace", "GmbH"));
    }

    @Test
    void aNameAloneIdentifiesNobody() {
        assertNull(PersonKey.nameAndCompany("Ada Lovelace", null));
        assertNull(PersonKey.nameAndCompany("Ada Lovelace", "  "));
        PersonKey key = PersonKey.of(new Contact("Ada", null, "+44 20 7946 0000", null, null, null));
        assertNull(key.email());
        assertNull(key.nameAndCompany());
        assertEquals("+442079460000", key.phone());
    }

    @Test
    void theContactRefusesAnUnreadablePhone() {
        assertThrows(InvalidInputException.class,
                () -> new Contact("Ada", "ada@example.com", "n/a", null, null, "GB"));
        assertTrue(PersonKey.of(new Contact("Ada", "ada@example.com", null, "X", null, null)).email() != null);
    }
}
