package io.salespipeline.platform.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.salespipeline.platform.inbox.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Encrypts the {@link Personal} fields of an event when the outbox stores it, and opens every
 * encrypted field of an event the inbox reads. A field is bound to its event id and its path in
 * the event ({@code /contact/name}), so it cannot be moved to another event or field. A field whose
 * key was destroyed reads as {@link Erased#NAME}; a forged or damaged one refuses the event.
 */
@ApplicationScoped
public class PersonalFields {

    @Inject
    ObjectMapper json;

    @Inject
    PersonKeys keys;

    @Inject
    PersonKeyLookup lookup;

    /** The event's JSON as the outbox stores it: its personal fields encrypted. */
    public String seal(Object data, UUID eventId) throws JsonProcessingException {
        PersonalShape shape = PersonalShape.of(data.getClass());
        if (!shape.hasPersonalFields()) {
            return json.writeValueAsString(data);
        }
        JsonNode tree = json.valueToTree(data);
        Map<UUID, Optional<PersonKeys.DataKey>> byPerson = new HashMap<>();
        shape.forEachPersonal(tree, (parents, field) -> {
            JsonNode value = field.node().get(field.name());
            if (value == null || !value.isTextual()) {
                return;
            }
            UUID person = person(parents, field.person(), field.path());
            String sealed = byPerson.computeIfAbsent(person, keys::forPerson)
                    .map(key -> FieldCipher.seal(key.id(), key.key(), value.asText(), associatedData(eventId.toString(), field.path())))
                    .orElse(Erased.NAME);
            field.node().set(field.name(), TextNode.valueOf(sealed));
        });
        return json.writeValueAsString(tree);
    }

    /** Replaces every encrypted text in the event's data (in place) by what it says, or by the erased placeholder. */
    public JsonNode open(JsonNode data, String eventId) {
        open(data, "", eventId);
        return data;
    }

    private void open(JsonNode node, String path, String eventId) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path + "/" + escape(field.getKey());
                if (field.getValue().isTextual() && FieldCipher.looksSealed(field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(opened(field.getValue().asText(), at, eventId)));
                } else {
                    open(field.getValue(), at, eventId);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "/" + i;
                if (array.get(i).isTextual() && FieldCipher.looksSealed(array.get(i).asText())) {
                    array.set(i, TextNode.valueOf(opened(array.get(i).asText(), at, eventId)));
                } else {
                    open(array.get(i), at, eventId);
                }
            }
        }
    }

    private String opened(String value, String path, String eventId) {
        FieldCipher.Sealed sealed;
        try {
            sealed = FieldCipher.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Event " + eventId + " field " + path + " is a damaged encrypted field", e);
        }
        PersonKeys.Known known = keys.byId(sealed.keyId());
        if (known instanceof PersonKeys.Unknown) {
            // Not stored here yet: this service's key consumer may be behind; the key is read from its topic now.
            known = fetched(sealed.keyId());
        }
        return switch (known) {
            case PersonKeys.Destroyed destroyed -> Erased.NAME;
            case PersonKeys.Unknown unknown -> throw new PersonKeyMissingException(sealed.keyId());
            case PersonKeys.Live live -> {
                try {
                    yield FieldCipher.open(live.key(), sealed, associatedData(eventId, path));
                } catch (GeneralSecurityException e) {
                    throw new MalformedEventException("Event " + eventId + " field " + path
                            + " does not decrypt: forged, damaged or moved from elsewhere", e);
                }
            }
        };
    }

    /** The key as its topic has it, kept here as the key consumer would; still unknown when it is not there yet. */
    private PersonKeys.Known fetched(UUID keyId) {
        Optional<PersonKeyLookup.Found> found = lookup.find(keyId);
        if (found.isEmpty() || !keyId.equals(found.get().key().keyId()) || found.get().key().personId() == null
                || (!found.get().key().destroyed() && found.get().key().masterKeyId() == null)) {
            return new PersonKeys.Unknown();
        }
        keys.keep(found.get().key(), found.get().origin());
        return keys.byId(keyId);
    }

    /** What binds a field to its place: the event id and the field's JSON Pointer. */
    public static String associatedData(String eventId, String path) {
        return eventId + "\n" + path;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static UUID person(Deque<ObjectNode> parents, String property, String path) {
        for (Iterator<ObjectNode> outward = parents.descendingIterator(); outward.hasNext();) {
            JsonNode id = outward.next().get(property);
            if (id != null && id.isTextual()) {
                return UUID.fromString(id.asText());
            }
        }
        throw new IllegalStateException("Personal field " + path + " names person '" + property
                + "', which no record around it holds");
    }
}
