package io.salespipeline.infra.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plausible request to an operation, built from the OpenAPI document: what a careful client
 * would send ({@code $ref}s resolved, a value of the right type and format for every field and
 * parameter), with the test's real values ({@link Fuzzer#withValue}) where it names them. The
 * fuzzer then changes one part of it at a time.
 */
final class PlausibleRequests {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
    private Map<String, Object> schemas = Map.of();
    private String collection = "";

    void putValue(String name, Supplier<String> value) {
        values.put(name, value);
    }

    /** The document's {@code components.schemas}, which {@code $ref}s point to. */
    void useSchemas(Map<String, Object> schemas) {
        this.schemas = schemas;
    }

    /** Values named for this operation's collection ("orders/id") win over bare names from now on. */
    void scopeTo(Operation operation) {
        collection = collectionOf(operation.path());
    }

    /** The supplier for a name in the current collection ("orders/id"), else for the bare name. */
    private Supplier<String> value(String name) {
        return value(collection, name);
    }

    private Supplier<String> value(String collection, String name) {
        Supplier<String> scoped = values.get(collection + "/" + name);
        return scoped != null ? scoped : values.get(name);
    }

    static String collectionOf(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? segments[2] : "";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    List<Map<String, Object>> parameters(Operation operation) {
        List<Map<String, Object>> list = new ArrayList<>();
        if (operation.spec().get("parameters") instanceof List<?> parameters) {
            for (Object p : parameters) {
                Map<String, Object> parameter = resolve(cast(p));
                if (!"cookie".equals(parameter.get("in"))) {
                    list.add(parameter);
                }
            }
        }
        return list;
    }

    String path(Operation operation, Map<String, String> override) {
        Matcher m = PARAM.matcher(operation.path());
        StringBuilder concrete = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = override.containsKey(name) ? override.get(name) : encode(real(name, operation, name));
            m.appendReplacement(concrete, Matcher.quoteReplacement(value));
        }
        m.appendTail(concrete);
        return concrete.toString();
    }

    /**
     * A path with {name} placeholders (a witness) filled with the test's values, named for the
     * path's own collection, else with the bare name.
     */
    String filled(String path) {
        String scope = collectionOf(path);
        return PARAM.matcher(path).replaceAll(m -> Matcher.quoteReplacement(
                encode(value(scope, m.group(1)) != null ? value(scope, m.group(1)).get() : m.group(1))));
    }

    private String real(String name, Operation operation, String parameter) {
        if (value(name) != null) {
            return value(name).get();
        }
        Object schema = parameters(operation).stream().filter(p -> parameter.equals(p.get("name")))
                .map(p -> p.get("schema")).filter(Objects::nonNull).findFirst().orElse(Map.of());
        Object type = resolve(cast(schema)).get("type");
        return "integer".equals(type) ? "1" : UUID.randomUUID().toString();
    }

    Map<String, String> query(List<Map<String, Object>> parameters, Map<String, String> override) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Map<String, Object> parameter : parameters) {
            String name = String.valueOf(parameter.get("name"));
            if ("query".equals(parameter.get("in"))) {
                if (override.containsKey(name)) {
                    query.put(name, override.get(name));
                } else if (value(name) != null) {
                    query.put(name, encode(value(name).get()));
                }
            }
        }
        return query;
    }

    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> at = schema;
        for (int i = 0; i < 10 && at != null; i++) {
            if (at.get("$ref") instanceof String ref) {
                at = cast(schemas.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of()));
            } else if (at.get("allOf") instanceof List<?> all && !all.isEmpty()) {
                at = cast(all.get(0));
            } else if (at.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
                at = cast(one.get(0));
            } else if (at.get("anyOf") instanceof List<?> any && !any.isEmpty()) {
                at = cast(any.get(0));
            } else {
                return at;
            }
        }
        return Map.of();
    }

    /** A plausible value for a schema: what a careful client would send. */
    Object example(Map<String, Object> schema, String name, int depth) {
        Map<String, Object> s = resolve(schema);
        if (value(name) != null) {
            return value(name).get();
        }
        if (s.get("enum") instanceof List<?> options && !options.isEmpty()) {
            return options.get(0);
        }
        Object type = s.get("type");
        if (s.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (depth < 6) {
                properties.forEach((key, property) -> object.put(String.valueOf(key),
                        example(cast(property), String.valueOf(key), depth + 1)));
            }
            return object;
        }
        if ("array".equals(type)) {
            return depth < 6 && s.get("items") instanceof Map<?, ?> items
                    ? new ArrayList<>(List.of(example(cast(items), name, depth + 1))) : new ArrayList<>();
        }
        if ("object".equals(type)) {
            return new LinkedHashMap<>();
        }
        if ("integer".equals(type)) {
            return 1;
        }
        if ("number".equals(type)) {
            return 1;
        }
        if ("boolean".equals(type)) {
            return true;
        }
        String format = String.valueOf(s.get("format"));
        String pattern = String.valueOf(s.get("pattern"));
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return "2027-01-15";
        }
        if (format.equals("date-time")) {
            return "2027-01-15T10:00:00Z";
        }
        if (pattern.contains("[A-Z]{3}") || lower.equals("currency")) {
            return "EUR";
        }
        if (pattern.contains("[0-9]")) {
            return "1";
        }
        if (format.equals("email") || lower.contains("email")) {
            return "fuzz.person@example.com";
        }
        if (lower.contains("url") || lower.contains("origin")) {
            return "https://www.example.com";
        }
        return "fuzz";
    }

    static byte[] encodeBody(String type, Object body) {
        if (type != null && type.contains("x-www-form-urlencoded") && body instanceof Map<?, ?> form) {
            StringBuilder text = new StringBuilder();
            form.forEach((key, value) -> text.append(text.isEmpty() ? "" : "&").append(encode(String.valueOf(key)))
                    .append('=').append(encode(value instanceof String string ? string : Json.write(value))));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (type != null && !type.contains("json") && body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
