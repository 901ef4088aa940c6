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

        @Override
        public void keep(PersonKeyRecord record, String origin) {
            try {
                byId.put(record.keyId(), record.destroyed() ? new Destroyed() : new Live(FieldCipher.unwrap(MASTER,
                        java.util.Base64.getDecoder().decode(record.wrappedKey()), record.keyId(), record.personId())));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The key topic as this service's lookup reads it: key records by key id. */
    static class Topic extends PersonKeyLookup {
        final Map<UUID, PersonKeyRecord> records = new HashMap<>();

        @Override
        public synchronized Optional<Found> find(UUID keyId) {
            return Optional.ofNullable(records.get(keyId)).map(record -> new Found(record, "lead-service"));
        }
    }

    static final javax.crypto.SecretKey MASTER = FieldCipher.newKey();

    private final ObjectMapper json = new ObjectMapper();
    private final PersonalFields fields = new PersonalFields();
    private final Keys keys = new Keys();
    private final Topic topic = new Topic();
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
        fields.lookup = topic;
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
    void aKeyNotStoredHereButOnItsTopicIsReadFromThereKeptAndOpensTheEvent() throws Exception {
        JsonNode wire = json.readTree(fields.seal(qualified, event));
        Map<UUID, PersonKeys.Known> stored = new HashMap<>(keys.byId);
        keys.byId.clear(); // this service's key consumer is behind: nothing stored yet
        stored.forEach((keyId, known) -> {
            UUID person = keys.byPerson.entrySet().stream().filter(e -> e.getValue().id().equals(keyId))
                    .findFirst().orElseThrow().getKey();
            javax.crypto.SecretKey key = ((PersonKeys.Live) known).key();
            topic.records.put(keyId, new PersonKeyRecord(keyId, person, "m1", java.util.Base64.getEncoder()
                    .encodeToString(FieldCipher.wrap(MASTER, key, keyId, person)), null, null));
        });
        JsonNode opened = fields.open(wire, event.toString());
        assertEquals("Ada Lovelace", opened.at("/contact/name").asText());
        assertEquals("Charles Babbage", opened.at("/makers/0/name").asText());
        assertTrue(keys.byId.values().stream().allMatch(PersonKeys.Live.class::isInstance), "kept here for the next event");
    }

    @Test
    void aKeyDestroyedOnItsTopicReadsAsErasedThoughNeverStoredHere() throws Exception {
        JsonNode wire = json.readTree(fields.seal(qualified, event));
        UUID leadKey = keys.byPerson.get(lead).id();
        keys.byId.clear();
        topic.records.put(leadKey, new PersonKeyRecord(leadKey, lead, null, null, null, java.time.Instant.now()));
        topic.records.put(keys.byPerson.get(maker).id(), new PersonKeyRecord(keys.byPerson.get(maker).id(), maker,
                null, null, null, java.time.Instant.now()));
        JsonNode opened = fields.open(wire, event.toString());
        assertEquals(Erased.NAME, opened.at("/contact/name").asText());
        assertEquals("Analytical Engines", opened.at("/contact/company").asText());
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
