package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void guessesEnglishHeaders() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Name", "E-Mail Address", "Phone", "Company", "Job Title",
                "Country", "Notes"), Map.of());
        assertEquals(Map.of("name", "Name", "email", "E-Mail Address", "phone", "Phone", "company", "Company",
                "jobTitle", "Job Title", "country", "Country", "notes", "Notes"), mapping.asGiven());
    }

    @Test
    void guessesGermanFrenchAndSpanishHeaders() {
        assertEquals(Map.of("firstName", "Vorname", "lastName", "Nachname", "email", "E-Mail", "company", "Firma",
                "phone", "Telefon"), ColumnMapping.of(List.of("Vorname", "Nachname", "E-Mail", "Firma", "Telefon"),
                        Map.of()).asGiven());
        assertEquals(Map.of("firstName", "Prénom", "lastName", "Nom", "email", "Courriel", "company", "Société"),
                ColumnMapping.of(List.of("Prénom", "Nom", "Courriel", "Société"), Map.of()).asGiven());
        assertEquals(Map.of("name", "Nombre", "email", "Correo electrónico", "company", "Empresa", "jobTitle",
                "Cargo"), ColumnMapping.of(List.of("Nombre", "Correo electrónico", "Empresa", "Cargo"), Map.of())
                        .asGiven());
    }

    @Test
    void aGivenMappingWinsOverTheGuessAndFreesTheGuessedColumn() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Contact", "Work mail", "Email"),
                Map.of("email", "work MAIL"));
        assertEquals(Map.of("name", "Contact", "email", "Work mail"), mapping.asGiven());
        Lead lead = mapping.lead(List.of("Ada", "ada@work.example", "ada@home.example"), SourceKind.EMAIL_LIST,
                "List A", "tester", NOW);
        assertEquals("ada@work.example", lead.contact().email());
        assertEquals(Map.of("Email", "ada@home.example"), lead.attributes());
    }

    @Test
    void firstAndLastNameMakeTheName() {
        ColumnMapping mapping = ColumnMapping.of(List.of("First name", "Last name", "Mobile"), Map.of());
        Lead lead = mapping.lead(List.of("Grace", "Hopper", "+1 202 555 0100"), SourceKind.CONFERENCE, "Conf", "tester",
                NOW);
        assertEquals("Grace Hopper", lead.contact().name());
        assertEquals("+1 202 555 0100", lead.contact().phone());
        assertEquals(SourceKind.CONFERENCE, lead.sourceKind());
        assertEquals("Conf", lead.sourceDetail());
    }

    @Test
    void unmappedColumnsBecomeAttributes() {
        Lead lead = ColumnMapping.of(List.of("Name", "Email", "Booth", "Interest"), Map.of())
                .lead(List.of("Ada", "ada@example.com", "B12", ""), SourceKind.CONFERENCE, "Conf", "tester", NOW);
        assertEquals(Map.of("Booth", "B12"), lead.attributes());
    }

    @Test
    void refusesAMappingThatCannotMakeALead() {
        assertThrows(InvalidInputException.class, () -> ColumnMapping.of(List.of("Name", "Company"), Map.of()));
        assertThrows(InvalidInputException.class, () -> ColumnMapping.of(List.of("Email", "Company"), Map.of()));
        assertThrows(InvalidInputException.class,
                () -> ColumnMapping.of(List.of("Name", "Email"), Map.of("phone", "Telephone")));
        assertThrows(InvalidInputException.class,
                () -> ColumnMapping.of(List.of("Name", "Email"), Map.of("salary", "Name")));
    }

    @Test
    void aRowIsCheckedByTheLeadRules() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Name", "Email", "Country"), Map.of());
        InvalidInputException badMail = assertThrows(InvalidInputException.class,
                () -> mapping.lead(List.of("Ada", "not-a-mail", "GB"), SourceKind.EMAIL_LIST, "L", "t", NOW));
        assertEquals("email: is not an e-mail address", badMail.getMessage());
        assertThrows(InvalidInputException.class,
                () -> mapping.lead(List.of("", "ada@example.com", "GB"), SourceKind.EMAIL_LIST, "L", "t", NOW));
        assertThrows(InvalidInputException.class,
                () -> mapping.lead(List.of("Ada", "ada@example.com", "Britain"), SourceKind.EMAIL_LIST, "L", "t", NOW));
        InvalidInputException short_ = assertThrows(InvalidInputException.class,
                () -> mapping.lead(List.of("Ada", "ada@example.com"), SourceKind.EMAIL_LIST, "L", "t", NOW));
        assertEquals("row: has 2 fields, the header has 3", short_.getMessage());
    }
}
