package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;

/**
 * A service's live OpenAPI document ({@code /q/openapi?format=json}) checked for what a generated
 * client needs, naming every offender: each operation has an {@code operationId} (unique), a
 * {@code summary}, tags and a 2xx answer; a 201 tells its {@code Location} header; every parameter has
 * a schema (or a content); every query and
 * path parameter has a description, and one whose name says uuid, limit or instant is typed so
 * (not a bare string); no request body is documented as a framework type; every {@code $ref} resolves.
 *
 * <p>Fields: every parameter and every property of every component schema (and of the object schemas
 * inline in them) has a description and an example. An example is not asked where it would only
 * repeat what the schema already says: an enum (its values are listed), a boolean, a
 * {@code $ref} to an object or an enum or to a schema with its own example, and an array of those. A
 * response's object schemas (the one answered and those it refers to, transitively) have a
 * {@code required} list: what a client may count on being there (unless every property may be null).
 */
public final class OpenApiChecks {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Classes of the HTTP framework that leak into a document when a body is not described by its fields. */
    private static final Pattern FRAMEWORK = Pattern.compile(
            "MultipartFormDataInput|FormValue|Multivalued|InputPart|FileUpload|InputStream|JsonObject|Response\\b");
    /** {@code dealId}, {@code customerId}: a record's id ({@code id} alone is not always one: dead letters). */
    private static final Pattern UUID_NAME = Pattern.compile("^[a-z][A-Za-z]*Id$");
    /** {@code createdFrom}, {@code dueBefore}, {@code sentAt}: a point in time. */
    private static final Pattern INSTANT_NAME = Pattern.compile("^([a-z]+(From|To|Before|After|Since|Until|At)|from|to|since|until)$");

    private final JsonNode document;

    private OpenApiChecks(JsonNode document) {
        this.document = document;
    }

    public static OpenApiChecks of(String json) {
        try {
            return new OpenApiChecks(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The running service's document (RestAssured's base URI, as in a {@code @QuarkusTest}), also
     * written to {@code target/openapi.json} for the linters and client generators.
     */
    public static OpenApiChecks live() {
        String json = given().accept("application/json").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "openapi.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(json);
    }

    /** Fails naming every offence, one a line. */
    public void assertClientReady() {
        List<String> problems = problems();
        Assertions.assertTrue(problems.isEmpty(),
                problems.size() + " problem(s) in the OpenAPI document:\n" + String.join("\n", problems));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String name = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String operationId = operation.path("operationId").asText("");
            if (operationId.isBlank()) {
                problems.add(name + ": no operationId");
            } else if (operationIds.containsKey(operationId)) {
                problems.add(name + ": operationId " + operationId + " repeats " + operationIds.get(operationId));
            } else {
                operationIds.put(operationId, name);
            }
            if (operation.path("summary").asText("").isBlank()) {
                problems.add(name + ": no summary");
            }
            if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
                problems.add(name + ": no tags");
            }
            checkResponses(name, operation.path("responses"), problems);
            checkParameters(name, path.getValue().path("parameters"), problems);
            checkParameters(name, operation.path("parameters"), problems);
            checkBody(name, operation.path("requestBody"), problems);
        }));
        checkTags(problems);
        checkSchemas(problems);
        checkResponseRequired(problems);
        checkReferences(document, "", problems);
        return problems;
    }

    /** Every tag an operation names is declared with a description (what a generated client's API class says it is). */
    private void checkTags(List<String> problems) {
        Set<String> described = new java.util.HashSet<>();
        document.path("tags").forEach(tag -> {
            if (!tag.path("description").asText("").isBlank()) {
                described.add(tag.path("name").asText());
            }
        });
        Set<String> used = new java.util.TreeSet<>();
        document.path("paths").forEach(path -> path.fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                entry.getValue().path("tags").forEach(tag -> used.add(tag.asText()));
            }
        }));
        used.stream().filter(tag -> !described.contains(tag))
                .forEach(tag -> problems.add("tag " + tag + " is not declared with a description"));
    }

    private void checkResponses(String name, JsonNode responses, List<String> problems) {
        boolean success = false;
        var codes = responses.fieldNames();
        while (codes.hasNext()) {
            String code = codes.next();
            success |= code.startsWith("2") || code.equals("303");
            if (code.equals("201") && resolve(responses.path(code)).path("headers").path("Location").isMissingNode()) {
                problems.add(name + ": 201 without a Location header");
            }
        }
        if (!success) {
            problems.add(name + ": no success (2xx) response");
        }
    }

    private void checkParameters(String name, JsonNode parameters, List<String> problems) {
        for (JsonNode reference : parameters) {
            JsonNode parameter = resolve(reference);
            String in = parameter.path("in").asText();
            String parameterName = parameter.path("name").asText();
            String label = name + ": " + in + " parameter " + parameterName;
            // OpenAPI requires one of the two; a generated client refuses a parameter without.
            if (!parameter.has("schema") && !parameter.has("content")) {
                problems.add(label + " has neither a schema nor a content");
            }
            if (parameter.path("description").asText("").isBlank()) {
                problems.add(label + " has no description");
            }
            if (!hasExample(parameter) && !hasExample(parameter.path("schema")) && needsExample(parameter.path("schema"))) {
                problems.add(label + " has no example");
            }
            if (!in.equals("query") && !in.equals("path")) {
                continue;
            }
            JsonNode schema = resolve(parameter.path("schema"));
            String type = schema.path("type").asText("");
            String format = schema.path("format").asText("");
            // A key that is not a uuid (a form's slug) says what it is with a pattern; recordId: the audit
            // trail's key of any record, kept as text.
            if (UUID_NAME.matcher(parameterName).matches() && !parameterName.equals("recordId") && !format.equals("uuid")
                    && schema.path("pattern").isMissingNode()) {
                problems.add(label + " is not documented as a uuid (nor given a pattern)");
            }
            if (parameterName.equals("limit") && (!type.equals("integer") || schema.path("maximum").isMissingNode())) {
                problems.add(label + " is not documented as a bounded integer");
            }
            if (INSTANT_NAME.matcher(parameterName).matches() && !format.equals("date-time")) {
                problems.add(label + " is not documented as a date-time");
            }
        }
    }

    private void checkBody(String name, JsonNode body, List<String> problems) {
        if (body.isMissingNode()) {
            return;
        }
        resolve(body).path("content").fields().forEachRemaining(media -> {
            String schema = media.getValue().path("schema").toString();
            var matcher = FRAMEWORK.matcher(schema);
            if (matcher.find()) {
                problems.add(name + ": request body (" + media.getKey() + ") is the framework type " + matcher.group());
            }
            JsonNode resolved = resolve(media.getValue().path("schema"));
            resolved.path("properties").fields().forEachRemaining(property -> {
                var inner = FRAMEWORK.matcher(property.getValue().toString());
                if (inner.find()) {
                    problems.add(name + ": request body (" + media.getKey() + ") property " + property.getKey()
                            + " is the framework type " + inner.group());
                }
            });
        });
    }

    /** Every property of every component schema: a description, and an example unless {@link #needsExample} says none. */
    private void checkSchemas(List<String> problems) {
        document.path("components").path("schemas").fields()
                .forEachRemaining(schema -> checkProperties("schema " + schema.getKey(), schema.getValue(), problems));
    }

    private void checkProperties(String owner, JsonNode schema, List<String> problems) {
        schema.path("properties").fields().forEachRemaining(property -> {
            String label = owner + " property " + property.getKey();
            JsonNode value = property.getValue();
            if (value.path("description").asText("").isBlank()) {
                problems.add(label + " has no description");
            }
            if (!hasExample(value) && needsExample(value)) {
                problems.add(label + " has no example");
            }
            checkProperties(label, value, problems);
            checkProperties(label + "[]", value.path("items"), problems);
        });
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combination).forEach(part -> checkProperties(owner, part, problems));
        }
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || (node.path("examples").isArray() && !node.path("examples").isEmpty())
                || (node.path("examples").isObject() && !node.path("examples").isEmpty());
    }

    /**
     * False where an example would only repeat the schema: an enum, a boolean, a {@code $ref} to an
     * object, an enum or a schema with its own example, or an array (or nullable variant) of those.
     */
    private boolean needsExample(JsonNode schema) {
        if (schema.has("$ref")) {
            JsonNode target = resolve(schema);
            return !(target.has("properties") || target.path("type").asText("").equals("object")
                    || target.has("enum") || hasExample(target));
        }
        if (schema.isMissingNode() || schema.has("enum") || schema.has("const")) {
            return false;
        }
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        types.remove("null");
        if (types.equals(List.of("boolean"))) {
            return false;
        }
        if (types.equals(List.of("array"))) {
            return needsExample(schema.path("items"));
        }
        for (String combination : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combination)) {
                for (JsonNode part : schema.path(combination)) {
                    if (!part.path("type").asText("").equals("null") && needsExample(part)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    /** The object schemas of every answer (2xx and problems), followed through references, each have {@code required}. */
    private void checkResponseRequired(List<String> problems) {
        Set<String> seen = new java.util.TreeSet<>();
        document.path("paths").forEach(path -> path.fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            entry.getValue().path("responses").forEach(response -> resolve(response).path("content")
                    .forEach(media -> collectReferenced(media.path("schema"), seen)));
        }));
        for (String name : seen) {
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (schema.path("properties").size() > 0 && (!schema.path("required").isArray() || schema.path("required").isEmpty())
                    && !allNullable(schema)) {
                problems.add("schema " + name + " (answered in a response) has no required list");
            }
        }
    }

    /** Every property may be null (a party denied by name or by domain): nothing to require. */
    private static boolean allNullable(JsonNode schema) {
        var properties = schema.path("properties").elements();
        while (properties.hasNext()) {
            JsonNode property = properties.next();
            boolean nullable = property.path("type").isArray() && property.path("type").toString().contains("\"null\"")
                    || property.path("anyOf").toString().contains("{\"type\":\"null\"}")
                    || property.path("nullable").asBoolean(false);
            if (!nullable) {
                return false;
            }
        }
        return true;
    }

    private void collectReferenced(JsonNode node, Set<String> seen) {
        if (node.isObject()) {
            String ref = node.path("$ref").asText("");
            String prefix = "#/components/schemas/";
            if (ref.startsWith(prefix) && seen.add(ref.substring(prefix.length()))) {
                collectReferenced(document.path("components").path("schemas").path(ref.substring(prefix.length())), seen);
            }
            node.forEach(child -> collectReferenced(child, seen));
        } else if (node.isArray()) {
            node.forEach(child -> collectReferenced(child, seen));
        }
    }

    /** Every {@code $ref} of the document points at something (a generator stops at the first that does not). */
    private void checkReferences(JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/") && resolve(node).isMissingNode()) {
                problems.add(at + ": $ref " + ref.asText() + " resolves to nothing");
            }
            node.fields().forEachRemaining(field -> checkReferences(field.getValue(),
                    at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(node.get(i), at + "/" + i, problems);
            }
        }
    }

    /** A {@code $ref} to a component followed (one level is all this document uses). */
    private JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        for (int hops = 0; hops < 5 && at.has("$ref"); hops++) {
            String ref = at.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            at = target;
        }
        return at;
    }
}
