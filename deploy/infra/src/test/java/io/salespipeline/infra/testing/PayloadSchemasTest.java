package io.salespipeline.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.salespipeline.platform.privacy.Personal;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A payload schema is held to the record's JSON types, its required fields and its sealed personal fields. */
class PayloadSchemasTest {

    record Contact(@Personal(person = "leadId") String name, @Personal(person = "leadId") @Nullable String phone,
            @Nullable String company) {
    }

    record Line(int lineNo, BigDecimal quantity) {
    }

    record LeadQualified(UUID leadId, Contact contact, List<Line> lines, boolean viable, Instant qualifiedAt,
            @Nullable String owner) {
    }

    private static final String SEALED = """
            "x-encrypted": "pii:v1", "description": "Encrypted with the person's data key; reads [erased] after erasure"
            """;

    private static final String GOOD = """
            {"type": "object", "required": ["leadId", "contact", "lines", "viable", "qualifiedAt"], "properties": {
              "leadId": {"type": "string", "format": "uuid"},
              "contact": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string", %1$s},
                "phone": {"type": ["string", "null"], %1$s},
                "company": {"type": ["string", "null"]}}},
              "lines": {"type": "array", "items": {"type": "object", "required": ["lineNo", "quantity"], "properties": {
                "lineNo": {"type": "integer"}, "quantity": {"type": "string", "format": "decimal"}}}},
              "viable": {"type": "boolean"},
              "qualifiedAt": {"type": "string", "format": "date-time"},
              "owner": {"type": ["string", "null"]}}}
            """.formatted(SEALED.strip());

    @Test
    void aPayloadAsTheRecordWritesItPasses() {
        assertEquals(List.of(), problems(GOOD));
    }

    @Test
    void eachDriftIsNamed() {
        String drifted = GOOD
                .replace("\"required\": [\"leadId\", \"contact\", \"lines\", \"viable\", \"qualifiedAt\"]",
                        "\"required\": [\"leadId\", \"contact\", \"lines\", \"viable\", \"owner\"]")
                .replace("\"type\": \"string\", \"format\": \"uuid\"", "\"type\": \"string\"")
                .replace("\"lineNo\": {\"type\": \"integer\"}", "\"lineNo\": {\"type\": \"string\"}")
                .replace("\"type\": \"string\", \"format\": \"decimal\"", "\"type\": \"number\"")
                .replace("\"viable\": {\"type\": \"boolean\"}", "\"viable\": {\"type\": [\"boolean\", \"null\"]}")
                .replace("\"owner\": {\"type\": [\"string\", \"null\"]}", "\"owner\": {\"type\": \"string\"}")
                .replace("\"name\": {\"type\": \"string\", " + SEALED.strip(), "\"name\": {\"type\": \"string\"")
                .replace("\"company\": {\"type\": [\"string\", \"null\"]}",
                        "\"company\": {\"type\": [\"string\", \"null\"], \"x-encrypted\": \"pii:v1\"}");
        assertEquals(List.of(
                "payload: the producer always sets [qualifiedAt], the document's required does not list them",
                "payload: required lists [owner], which the producer may leave null or out (@Nullable)",
                "payload.leadId: written as a uuid string (UUID), documented with format null",
                "payload.contact.name: @Personal, sealed on the wire, but not marked \"x-encrypted\": \"pii:v1\"",
                "payload.contact.company: marked x-encrypted, but the record does not seal it (no @Personal)",
                "payload.lines[].lineNo: written as integer (int), documented as [string]",
                "payload.lines[].quantity: written as string (BigDecimal), documented as [number]",
                "payload.viable: always set, the document's type allows null",
                "payload.owner: may be null (@Nullable), the document's type does not allow null"), problems(drifted));
    }

    @Test
    void aSealedFieldSaysWhatItReadsAfterErasure() {
        String vague = GOOD.replace("\"name\": {\"type\": \"string\", " + SEALED.strip(),
                "\"name\": {\"type\": \"string\", \"x-encrypted\": \"pii:v1\", \"description\": \"The name\"");
        assertEquals(List.of("payload.contact.name: @Personal, but its description does not say it is encrypted with"
                + " the person's data key and reads [erased] after erasure"), problems(vague));
    }

    @Test
    void aReaderIsHeldToTypesNotToRequired() {
        String drifted = GOOD
                .replace("\"required\": [\"leadId\", \"contact\", \"lines\", \"viable\", \"qualifiedAt\"], ", "")
                .replace("\"type\": \"string\", \"format\": \"uuid\"", "\"type\": \"string\"");
        List<String> problems = new ArrayList<>();
        PayloadSchemas.compare("payload", LeadQualified.class, AsyncApiDocument.parse(drifted).root(),
                AsyncApiDocument.parse(drifted), false, problems);
        assertEquals(List.of("payload.leadId: written as a uuid string (UUID), documented with format null"), problems);
    }

    record WorkedBy(@Nullable String owner, List<String> sharedWith) {
    }

    record DealLost(UUID dealId, @Nullable @JsonUnwrapped WorkedBy workedBy) {
    }

    @Test
    void anUnwrappedRecordsFieldsStandInItsPlaceOptionalWhenItMayBeNull() {
        String payload = """
                {"type": "object", "required": ["dealId"], "properties": {
                  "dealId": {"type": "string", "format": "uuid"},
                  "owner": {"type": ["string", "null"]},
                  "sharedWith": {"type": "array", "items": {"type": "string"}}}}
                """;
        assertEquals(List.of(), problems(DealLost.class, payload));
        assertEquals(List.of(
                "payload: required lists [sharedWith], which the producer may leave null or out (@Nullable)"),
                problems(DealLost.class, payload.replace("[\"dealId\"]", "[\"dealId\", \"sharedWith\"]")));
    }

    private static List<String> problems(Class<?> record, String payload) {
        List<String> problems = new ArrayList<>();
        AsyncApiDocument document = AsyncApiDocument.parse(payload);
        PayloadSchemas.compare("payload", record, document.root(), document, true, problems);
        return problems;
    }

    private static List<String> problems(String payload) {
        List<String> problems = new ArrayList<>();
        AsyncApiDocument document = AsyncApiDocument.parse(payload);
        PayloadSchemas.compare("payload", LeadQualified.class, document.root(), document, true, problems);
        return problems;
    }
}
