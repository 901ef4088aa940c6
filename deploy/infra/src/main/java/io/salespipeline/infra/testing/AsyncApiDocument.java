package io.salespipeline.infra.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service's AsyncAPI document as its classpath holds it ({@value #RESOURCE}, served at
 * {@code /asyncapi.json}), with the AsyncAPI 3.0 structure {@link AsyncApiChecks} relies on:
 * channels with addresses and messages, operations that send or receive on a channel, messages
 * with object payloads, and {@code $ref}s that resolve inside the document.
 */
final class AsyncApiDocument {

    static final String RESOURCE = "META-INF/resources/asyncapi.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    static AsyncApiDocument load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("No " + RESOURCE + " on the classpath");
            }
            return new AsyncApiDocument(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not JSON", e);
        }
    }

    /** A document given as text (the checks' own tests). */
    static AsyncApiDocument parse(String json) {
        try {
            return new AsyncApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON", e);
        }
    }

    /** Where the document breaks the official AsyncAPI 3.0.0 JSON schema ({@link AsyncApiSchema}); empty if nowhere. */
    List<String> schemaProblems() {
        return AsyncApiSchema.problems(root);
    }

    /** Everything that keeps the document from being an AsyncAPI 3.0 document of this shape; empty if none. */
    List<String> shapeProblems() {
        List<String> problems = new ArrayList<>();
        if (!root.path("asyncapi").asText("").startsWith("3.0.")) {
            problems.add("asyncapi is '" + root.path("asyncapi").asText("") + "', not a 3.0.x version");
        }
        for (String field : List.of("title", "version")) {
            if (root.path("info").path(field).asText("").isBlank()) {
                problems.add("info." + field + " is missing");
            }
        }
        Set<String> addresses = new HashSet<>();
        members(root, "channels", problems).forEach(channel -> {
            String address = channel.getValue().path("address").asText("");
            if (address.isBlank() || !addresses.add(address)) {
                problems.add("channel " + channel.getKey() + " has a missing or repeated address: '" + address + "'");
            }
            members(channel.getValue(), "messages", problems).forEach(message -> {
                if (resolve(message.getValue()).filter(m -> m.has("payload")).isEmpty()) {
                    problems.add("channel " + channel.getKey() + " names message " + message.getKey()
                            + " that has no payload");
                }
            });
        });
        members(root, "operations", problems).forEach(operation -> {
            String action = operation.getValue().path("action").asText("");
            if (!action.equals("send") && !action.equals("receive")) {
                problems.add("operation " + operation.getKey() + " has action '" + action + "' (send or receive)");
            }
            if (!operation.getValue().path("channel").path("$ref").asText("").startsWith("#/channels/")) {
                problems.add("operation " + operation.getKey() + " names no channel (#/channels/...)");
            }
        });
        members(root.path("components"), "messages", problems).forEach(message -> {
            JsonNode payload = resolve(message.getValue().path("payload")).orElse(null);
            if (payload == null || !payload.path("type").asText("").equals("object")
                    || !payload.path("properties").isObject()) {
                problems.add("message " + message.getKey() + " has no object payload with properties");
            }
        });
        references(root, "#", problems);
        return problems;
    }

    /** The document as parsed. */
    JsonNode root() {
        return root;
    }

    /** The channel at this address. */
    Optional<Map.Entry<String, JsonNode>> channel(String address) {
        return root.path("channels").properties().stream()
                .filter(channel -> channel.getValue().path("address").asText("").equals(address)).findFirst();
    }

    /** The channel that carries a message of this name. */
    Optional<Map.Entry<String, JsonNode>> channelWithMessage(String messageName) {
        return root.path("channels").properties().stream()
                .filter(channel -> channel.getValue().path("messages").has(messageName)).findFirst();
    }

    /** Whether an operation of this action ({@code send}, {@code receive}) uses the channel. */
    boolean hasOperation(String action, String channelName) {
        return root.path("operations").properties().stream().map(Map.Entry::getValue)
                .anyMatch(operation -> operation.path("action").asText("").equals(action)
                        && operation.path("channel").path("$ref").asText("").equals("#/channels/" + channelName));
    }

    /** The channel's messages, each resolved, by the name the document gives them. */
    List<Map.Entry<String, JsonNode>> messages(JsonNode channel) {
        return channel.path("messages").properties().stream()
                .map(message -> Map.entry(message.getKey(), resolve(message.getValue()).orElse(message.getValue())))
                .toList();
    }

    /** A node with its {@code $ref} followed (inside the document); empty if it does not resolve. */
    Optional<JsonNode> resolve(JsonNode node) {
        JsonNode at = node;
        for (int hops = 0; at != null && at.has("$ref") && hops < 10; hops++) {
            String ref = at.path("$ref").asText("");
            at = ref.startsWith("#/") ? root.at(ref.substring(1)) : null;
        }
        return at == null || at.isMissingNode() || at.has("$ref") ? Optional.empty() : Optional.of(at);
    }

    private static List<Map.Entry<String, JsonNode>> members(JsonNode node, String field, List<String> problems) {
        JsonNode members = node.path(field);
        if (!members.isObject() || members.isEmpty()) {
            problems.add(field + " is missing or empty");
            return List.of();
        }
        return new ArrayList<>(members.properties());
    }

    private void references(JsonNode node, String at, List<String> problems) {
        if (node.has("$ref") && resolve(node).isEmpty()) {
            problems.add(at + " refers to " + node.path("$ref") + ", which is not in the document");
        }
        if (node.isObject()) {
            node.properties().forEach(member -> references(member.getValue(), at + "/" + member.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), at + "/" + i, problems);
            }
        }
    }
}
