package io.salespipeline.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salespipeline.platform.inbox.MalformedEventException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalFieldsTest {

    record Contact(@Personal(person = "leadId") String name, @Personal(person = "leadId") String email,
            String company) {
    }

    record Maker(UUID personId, @Personal(person = "personId") String name, String role) {
    }

    record Qualified(UUID leadId, UUID dealId, Contact contact, List<Maker> makers, String amount) {
    }

    /** Keys in memory: a person gets one at first use; destroyed ones are remembered as such. */
    static class Keys extends PersonKeys {
        final Map<UUID, DataKey> byPerson = new HashMap<>();
        final Map<UUID, Known> byId = new HashMap<>();

        @Override
        public Optional<DataKey> forPerson(UUID personId) {
            DataKey key = byPerson.computeIfAbsent(personId, p -> new DataKey(UUID.randomUUID(), FieldCipher.newKey()));
            byId.putIfAbsent(key.id(), new Live(key.key()));
            return byId.get(key.id()) instanceof Live ? Optional.of(key) : Optional.empty();
        }

        @Override
        public Known byId(UUID keyId) {
            return byId.getOrDefault(keyId, new Unknown());
        }

        void destroy(UUID personId) {
            byId.put(byPerson.get(personId).id(), new Destroyed());
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final PersonalFields fields = new PersonalFields();
    private final Keys keys = new Keys();
    private final UUID lead = UUID.randomUUID();
    private final UUID maker = UUID.randomUUID();
    private final UUID event = UUID.randomUUID();
    private final Qualified qualified = new Qualified(lead, UUID.randomUUID(),
            new Contact("Ada Lovelace", "ada@engines.example", "Analytical Engines"),
            List.of(new Maker(maker, "Charles Babbage", "CFO")), "1234.50");

    @BeforeEach
    void wire() {
        fields.json = json;
        fields.keys = keys;
    }

    @Test
    void personalFieldsTravelEncryptedAndTheRestAsItWas() throws Exception {
        String sealed = fields.seal(qualified, event);
        for (String secret : List.of("Ada", "Lovelace", "ada@engines", "Babbage")) {
            assertFalse(sealed.contains(secret), sealed);
        }
        JsonNode wire = json.readTree(sealed);
        assertEquals("Analytical Engines", wire.at("/contact/company").asText());
        assertEquals("CFO", wire.at("/makers/0/role").asText());
        assertEquals(qualified.dealId().toString(), wire.at("/dealId").asText());
        assertTrue(wire.at("/contact/name").asText().startsWith("pii:v1:" + keys.byPerson.get(lead).id()));
        assertTrue(wire.at("/makers/0/name").asText().startsWith("pii:v1:" + keys.byPerson.get(maker).id()));

        Qualified read = json.treeToValue(fields.open(wire, event.toString()), Qualified.class);
        assertEquals(qualified, read);
    }

    @Test
    void aDestroyedKeyReadsAsErasedAndOnlyThatPersonsFields() throws Exception {
        JsonNode wire = json.readTree(fields.seal(qualified, event));
        keys.destroy(lead);
        Qualified read = json.treeToValue(fields.open(wire, event.toString()), Qualified.class);
        assertEquals(Erased.NAME, read.contact().name());
        assertEquals(Erased.NAME, read.contact().email());
        assertEquals("Charles Babbage", read.makers().get(0).name());
        assertEquals(qualified.dealId(), read.dealId());
        assertEquals("1234.50", read.amount());
        // Written after the erasure: nothing left to encrypt, the placeholder goes out.
        assertEquals(Erased.NAME, json.readTree(fields.seal(qualified, UUID.randomUUID())).at("/contact/name").asText());
    }

    @Test
    void aKeyNotReceivedYetIsWaitedFor() throws Exception {
        JsonNode wire = json.readTree(fields.seal(qualified, event));
        keys.byId.clear();
        assertThrows(PersonKeyMissingException.class, () -> fields.open(wire, event.toString()));
    }

    @Test
    void aFieldMovedToAnotherEventOrPlaceOrTamperedRefusesTheEvent() throws Exception {
        String sealed = fields.seal(qualified, event);
        assertThrows(MalformedEventException.class, () -> fields.open(json.readTree(sealed), UUID.randomUUID().toString()));
        ObjectNode moved = (ObjectNode) json.readTree(sealed);
        ((ObjectNode) moved.get("contact")).set("email", moved.at("/contact/name"));
        assertThrows(MalformedEventException.class, () -> fields.open(moved, event.toString()));
        ObjectNode tampered = (ObjectNode) json.readTree(sealed);
        String name = tampered.at("/contact/name").asText();
        // Flip one bit of the sealed bytes themselves: a changed last base64 character may touch only
        // its unused padding bits and decode to the very same bytes.
        int cut = name.lastIndexOf(':') + 1;
        byte[] sealedBytes = java.util.Base64.getUrlDecoder().decode(name.substring(cut));
        sealedBytes[sealedBytes.length / 2] ^= 1;
        ((ObjectNode) tampered.get("contact")).put("name", name.substring(0, cut)
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sealedBytes));
        assertThrows(MalformedEventException.class, () -> fields.open(tampered, event.toString()));
    }

    @Test
    void aRecordWithoutPersonalFieldsIsWrittenAsBefore() throws Exception {
        record Plain(UUID dealId, String reason) {
        }
        Plain plain = new Plain(UUID.randomUUID(), "pii:v1: looks like, but is not marked");
        assertEquals(json.writeValueAsString(plain), fields.seal(plain, event));
    }
}
