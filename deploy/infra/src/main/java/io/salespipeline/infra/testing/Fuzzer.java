package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Sends boundary and hostile values to every operation of a running service's OpenAPI document:
 * to every path, query and header parameter and to every field of the request body (nested
 * objects and arrays included), and hostile bodies as a whole (none, empty, malformed, 5 000
 * levels deep, duplicate keys, invalid UTF-8, wrong content types). Each operation is called with
 * a token of a role its access matrix row marks {@code ok} (anonymously for {@code public} rows).
 *
 * <p>Every answer must be below 500, {@code application/problem+json} when it is a 4xx, and
 * arrive within {@link #MAX_ANSWER} (a slower one is sent once more, and fails if it is slow again:
 * pathological input is slow every time, a pause of a shared machine is not); a refused change must leave the records it could touch as
 * they were (the witnesses: the operation's own record where the test names its id, and the
 * collection it belongs to, read before and after). An operation of {@code /q/openapi} without
 * a row in the matrix fails. Values come from a fixed list plus jqwik generators driven by a
 * fixed seed, so a failure is reproduced by running the test again.
 */
public final class Fuzzer {

    public static final Duration MAX_ANSWER = Duration.ofSeconds(1);
    private static final long SEED = 20261206L;
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AccessMatrix matrix;
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
    private final Map<String, String> witnesses = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(SEED);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger addresses = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private Map<String, Object> components = Map.of();
    private String collection = "";
    private long slowestNanos;
    private String slowest = "";

    private Fuzzer(AccessMatrix matrix) {
        this.matrix = matrix;
    }

    /** Roles per operation from the service's access matrix (a test resource). */
    public static Fuzzer of(String accessMatrixResource) {
        return new Fuzzer(AccessMatrix.of(accessMatrixResource));
    }

    /**
     * A real value for path parameters, query parameters and body fields of this name (e.g. the
     * id of a record the test made), so hostile values reach the domain and not only the
     * not-found check; {@code "orders/id"} names the {@code id} of operations under
     * {@code /api/orders} only. The supplier is asked for every request that uses it.
     */
    public Fuzzer withValue(String name, Supplier<String> value) {
        values.put(name, value);
        return this;
    }

    /** A GET path (with {name} placeholders for {@link #withValue} names) whose answer a refused change must not alter. */
    public Fuzzer withWitness(String operationPath) {
        witnesses.put(operationPath, operationPath);
        return this;
    }

    record Operation(String method, String path, Map<String, Object> spec, String role, boolean open) {
        String name() {
            return method + " " + path;
        }
    }

    record Call(String description, String method, String path, Map<String, String> query,
            Map<String, String> headers, String contentType, byte[] body) {
    }

    /** One dynamic test per operation, after the check that every documented operation is covered. */
    public Stream<DynamicTest> tests() {
        Tokens.signOut();
        Map<String, Map<String, Object>> document = openApi();
        List<Operation> operations = new ArrayList<>();
        Set<String> uncovered = new TreeSet<>();
        for (Map.Entry<String, Map<String, Object>> entry : document.entrySet()) {
            String[] parts = entry.getKey().split(" ", 2);
            AccessMatrix.Row row = matrix.rows().stream().filter(r -> r.operation().equals(entry.getKey()))
                    .findFirst().orElse(null);
            String role = row == null ? null : row.open() ? "anonymous" : allowedRole(row);
            if (role == null) {
                uncovered.add(entry.getKey());
            } else {
                operations.add(new Operation(parts[0], parts[1], entry.getValue(), role, row.open()));
            }
        }
        // Reads first, deletions last: a deleted fixture would turn the rest into 404s.
        operations.sort(Comparator.comparingInt((Operation o) -> switch (o.method()) {
            case "GET", "HEAD", "OPTIONS" -> 0;
            case "DELETE" -> 2;
            default -> 1;
        }).thenComparing(Operation::path));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every operation of /q/openapi is fuzzed", () -> Assertions.assertTrue(
                uncovered.isEmpty(), "operations without a role to fuzz them with (add them to the access matrix): "
                        + uncovered)));
        for (Operation operation : operations) {
            tests.add(DynamicTest.dynamicTest("fuzz " + operation.name() + " as " + operation.role(),
                    () -> fuzz(operation, operations)));
        }
        tests.add(DynamicTest.dynamicTest("figures", () -> System.out.printf(
                "Fuzzer: %d operations, %d requests, slowest answer %d ms (%s), %d sent again after a slow answer%n",
                operations.size(), sent.get(), slowestNanos / 1_000_000, slowest, resent.get())));
        return tests.stream();
    }

    private static String allowedRole(AccessMatrix.Row row) {
        for (String role : List.of("sales-manager", "seller", "support", "admin")) {
            if ("ok".equals(row.expected().get(role))) {
                return role;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- one operation

    private void fuzz(Operation operation, List<Operation> all) {
        List<String> failures = new ArrayList<>();
        List<String> witnessPaths = witnessesOf(operation, all);
        boolean changes = CHANGES.contains(operation.method());
        List<Call> calls = calls(operation);
        // The plausible request once unmeasured first: the first rendering of a document, say,
        // loads fonts and warms the JIT; the bound is about hostile input, not about a cold start.
        send(operation, calls.get(0), new ArrayList<>(), false);
        // A refused change must change nothing: the witnesses are read before and after each group
        // of requests to one field (a group with an accepted request is read anew).
        Map<String, String> before = changes ? snapshot(witnessPaths) : Map.of();
        String group = null;
        boolean accepted = false;
        for (Call call : calls) {
            if (changes && group != null && !group.equals(groupOf(call))) {
                before = checkUnchanged(group, accepted, before, witnessPaths, failures);
                accepted = false;
            }
            group = groupOf(call);
            HttpResponse<String> answer = send(operation, call, failures, true);
            accepted |= answer != null && answer.statusCode() < 400;
        }
        if (changes && group != null) {
            checkUnchanged(group, accepted, before, witnessPaths, failures);
        }
        Assertions.assertTrue(failures.isEmpty(), operation.name() + " as " + operation.role() + ": "
                + failures.size() + " failures:\n  " + String.join("\n  ", failures.subList(0,
                        Math.min(25, failures.size()))));
    }

    private Map<String, String> checkUnchanged(String group, boolean accepted, Map<String, String> before,
            List<String> witnessPaths, List<String> failures) {
        Map<String, String> after = snapshot(witnessPaths);
        if (!accepted && !after.equals(before)) {
            failures.add(group + ": every request refused, but changed " + changed(before, after));
        }
        return after;
    }

    /** The field or parameter a request is about ("lines[0].quantity", "path id"), or the whole body. */
    private static String groupOf(Call call) {
        String description = call.description();
        if (description.equals("baseline")) {
            return "baseline";
        }
        int equals = description.indexOf('=');
        if (equals > 0) {
            return description.substring(0, equals);
        }
        if (description.endsWith(" missing")) {
            return description.substring(0, description.length() - " missing".length());
        }
        if (description.endsWith(" twice")) {
            return description.substring(0, description.length() - " twice".length());
        }
        return "the body as a whole";
    }

    private HttpResponse<String> send(Operation operation, Call call, List<String> failures, boolean measured) {
        HttpRequest request;
        try {
            request = request(operation, call);
        } catch (IllegalArgumentException e) {
            return null; // a value java.net.URI cannot carry at all never reaches a server either
        }
        long start = System.nanoTime();
        HttpResponse<String> answer = exchange(request, call, failures);
        if (answer == null) {
            return null;
        }
        long nanos = System.nanoTime() - start;
        if (measured && nanos > MAX_ANSWER.toNanos()) {
            // Pathological input is slow every time; a pause of a shared machine is not: ask once more.
            resent.incrementAndGet();
            start = System.nanoTime();
            HttpResponse<String> again = exchange(request, call, failures);
            if (again == null) {
                return null;
            }
            answer = again;
            nanos = System.nanoTime() - start;
        }
        synchronized (this) {
            if (measured && nanos > slowestNanos) {
                slowestNanos = nanos;
                slowest = operation.name() + " " + call.description() + " -> " + answer.statusCode();
            }
        }
        int status = answer.statusCode();
        String what = call.description() + " -> " + status;
        if (status >= 500) {
            failures.add(what + ": " + abbreviated(answer.body()));
        } else if (status >= 400 && !answer.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM)) {
            failures.add(what + " is not problem+json (" + answer.headers().firstValue("Content-Type").orElse("none")
                    + "): " + abbreviated(answer.body()));
        }
        if (measured && nanos > MAX_ANSWER.toNanos()) {
            failures.add(what + " took " + nanos / 1_000_000 + " ms, twice in a row");
        }
        return answer;
    }

    private HttpResponse<String> exchange(HttpRequest request, Call call, List<String> failures) {
        sent.incrementAndGet();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            failures.add(call.description() + ": no answer (" + e + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(Operation operation, Call call) {
        StringBuilder uri = new StringBuilder(base()).append(call.path());
        String separator = "?";
        for (Map.Entry<String, String> q : call.query().entrySet()) {
            uri.append(separator).append(encode(q.getKey())).append('=').append(q.getValue());
            separator = "&";
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(30))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        // Each request from its own address: per-IP limits are not what is fuzzed here.
        int n = addresses.incrementAndGet();
        builder.header("X-Forwarded-For", "10.77." + (n / 250 % 250) + "." + (n % 250 + 1));
        if (!operation.open()) {
            builder.header("Authorization", "Bearer " + Tokens.forRole(operation.role()));
        }
        if (call.contentType() != null) {
            builder.header("Content-Type", call.contentType());
        }
        call.headers().forEach(builder::header);
        return builder.build();
    }

    // ---------------------------------------------------------------- what is sent

    /** The supplier for a name in the current collection ("orders/id"), else for the bare name. */
    private Supplier<String> value(String name) {
        Supplier<String> scoped = values.get(collection + "/" + name);
        return scoped != null ? scoped : values.get(name);
    }

    private static String collectionOf(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? segments[2] : "";
    }

    private List<Call> calls(Operation operation) {
        collection = collectionOf(operation.path());
        List<Call> calls = new ArrayList<>();
        List<Map<String, Object>> parameters = parameters(operation);
        Map<String, Object> bodySchema = null;
        String bodyType = null;
        if (operation.spec().get("requestBody") instanceof Map<?, ?> requestBody
                && requestBody.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            bodyType = (String) content.keySet().iterator().next();
            Object media = content.get(bodyType);
            bodySchema = media instanceof Map<?, ?> m && m.get("schema") instanceof Map<?, ?> s ? resolve(cast(s)) : Map.of();
        }
        Object baseline = bodySchema == null ? null : example(bodySchema, "body", 0);
        String type = bodyType;
        java.util.function.BiFunction<String, Object, Call> withBody = (description, body) -> new Call(description,
                operation.method(), path(operation, Map.of()), query(parameters, Map.of()), Map.of(), type,
                body == null ? null : encodeBody(type, body));
        calls.add(withBody.apply("baseline", baseline));

        // Path, query and header parameters, one at a time.
        for (Map<String, Object> parameter : parameters) {
            String name = String.valueOf(parameter.get("name"));
            String in = String.valueOf(parameter.get("in"));
            List<String> hostile = "header".equals(in) ? headerValues() : uriValues();
            for (String value : hostile) {
                Map<String, String> override = Map.of(name, value);
                String description = in + " " + name + "=" + abbreviated(value);
                switch (in) {
                    case "path" -> calls.add(new Call(description, operation.method(), path(operation, override),
                            query(parameters, Map.of()), Map.of(), type, baseline == null ? null : encodeBody(type, baseline)));
                    case "query" -> calls.add(new Call(description, operation.method(), path(operation, Map.of()),
                            query(parameters, override), Map.of(), type, baseline == null ? null : encodeBody(type, baseline)));
                    case "header" -> calls.add(new Call(description, operation.method(), path(operation, Map.of()),
                            query(parameters, Map.of()), override, type, baseline == null ? null : encodeBody(type, baseline)));
                    default -> { }
                }
            }
            if ("query".equals(in)) {
                calls.add(new Call("query " + name + " twice", operation.method(), path(operation, Map.of()),
                        query(parameters, Map.of(name, "1&" + encode(name) + "=2")), Map.of(), type,
                        baseline == null ? null : encodeBody(type, baseline)));
            }
        }

        if (baseline == null) {
            // No body expected: one anyway, malformed and of a type nobody asked for.
            calls.add(new Call("unexpected malformed JSON body", operation.method(), path(operation, Map.of()),
                    query(parameters, Map.of()), Map.of(), "application/json", "{\"a\":".getBytes(StandardCharsets.UTF_8)));
            calls.add(new Call("unexpected text body", operation.method(), path(operation, Map.of()),
                    query(parameters, Map.of()), Map.of(), "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
            return calls;
        }

        // Every field of the body, nested ones included: each hostile value, and the field left out.
        for (List<Object> at : Json.paths(baseline)) {
            String field = Json.describe(at);
            calls.add(withBody.apply(field + " missing", Json.without(baseline, at)));
            for (Object value : fieldValues()) {
                calls.add(withBody.apply(field + "=" + abbreviated(Json.write(value)), Json.with(baseline, at, value)));
            }
        }

        // The body as a whole.
        String json = type.contains("json") ? Json.write(baseline) : null;
        List<Call> bodies = new ArrayList<>();
        bodies.add(raw(operation, parameters, "no body", type, null));
        bodies.add(raw(operation, parameters, "no body, no type", null, null));
        for (String text : List.of("", " ", "null", "[]", "\"x\"", "0", "{", "{\"a\":}", "}{", "{}{}", "[" .repeat(5000),
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
                "[{\"a\":[{\"b\":".repeat(1000), "\"" + "x".repeat(200_000) + "\"")) {
            bodies.add(raw(operation, parameters, "body " + abbreviated(text), type, text.getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            if (baseline instanceof Map<?, ?> object && !object.isEmpty()) {
                String first = String.valueOf(object.keySet().iterator().next());
                String duplicate = "{" + Json.write(first) + ":" + Json.write(object.get(first)) + ","
                        + json.substring(1);
                bodies.add(raw(operation, parameters, "duplicate key " + first, type, duplicate.getBytes(StandardCharsets.UTF_8)));
                bodies.add(raw(operation, parameters, "array of 100 000 objects", type,
                        ("[" + "{},".repeat(100_000) + "{}]").getBytes(StandardCharsets.UTF_8)));
            }
            for (byte[] invalid : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80})) {
                bodies.add(raw(operation, parameters, "invalid UTF-8 " + java.util.HexFormat.of().formatHex(invalid), type,
                        invalidUtf8(json, invalid)));
            }
            bodies.add(raw(operation, parameters, "byte-order mark", type,
                    ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)));
            bodies.add(raw(operation, parameters, "UTF-16 declared", type + "; charset=UTF-16",
                    json.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] sample = json != null ? json.getBytes(StandardCharsets.UTF_8) : encodeBody(type, baseline);
        for (String wrong : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=fuzz", "multipart/form-data", "application/octet-stream", "text/csv",
                "application/json", "application/x-nonsense", "*/*", "garbage")) {
            if (!wrong.equals(type)) {
                bodies.add(raw(operation, parameters, "content type " + wrong, wrong, sample));
            }
        }
        calls.addAll(bodies);
        return calls;
    }

    private Call raw(Operation operation, List<Map<String, Object>> parameters, String description, String type,
            byte[] body) {
        return new Call(description, operation.method(), path(operation, Map.of()), query(parameters, Map.of()),
                Map.of(), type, body);
    }

    private static byte[] invalidUtf8(String json, byte[] invalid) {
        int quote = json.indexOf("\":\"");
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        if (quote < 0) {
            byte[] out = new byte[text.length + invalid.length];
            System.arraycopy(invalid, 0, out, 0, invalid.length);
            System.arraycopy(text, 0, out, invalid.length, text.length);
            return out;
        }
        int at = json.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[text.length + invalid.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(invalid, 0, out, at, invalid.length);
        System.arraycopy(text, at, out, at + invalid.length, text.length - at);
        return out;
    }

    /** Values for a body field: boundary, hostile and of every wrong type, plus jqwik's. */
    private List<Object> fieldValues() {
        List<Object> list = new ArrayList<>(List.of(
                Json.raw("null"), true, 0, -1, Json.raw("1.5"), Json.raw("99999999999999999999999"),
                Json.raw("1e300000000"), Json.raw("-1e-5000000"), Json.raw("9".repeat(1001)),
                "", "0", "-1", "1e-5000000", "1e5000000", "NaN", "x".repeat(10_000), "a\u0000b",
                "\u0001\u0007\u001b[31m\u007f\u202e", "\ud800", "not-a-uuid", "UNKNOWN_VALUE", "2027-02-30T25:61:00Z",
                "=HYPERLINK(\"http://x\")", Json.raw("[]"), Json.raw("{}"), Json.raw("[".repeat(5000) + "]".repeat(5000)),
                Json.raw("{\"amount\":\"1e5000000\",\"currency\":\"EUR\"}")));
        list.addAll(Generated.values(random, 3));
        return list;
    }

    private List<String> uriValues() {
        List<String> list = new ArrayList<>(List.of("", "not-a-uuid", "0", "-1", "99999999999999999999",
                "1e5000000", "1e-5000000", "%00", "%FF%FE", "%2e%2e", "x".repeat(2000), "UNKNOWN", "!!!!",
                "00000000-0000-0000-0000-000000000000", "2027-13-45T00:00:00Z", "%2F", "a%0D%0AX-Injected:%201"));
        for (Object generated : Generated.values(random, 2)) {
            list.add(encode(generated instanceof Json.Raw raw ? raw.text() : String.valueOf(generated)));
        }
        return list;
    }

    private static List<String> headerValues() {
        return List.of("", "x".repeat(2000), "not-a-uuid", "-1", "é", "00000000-0000-0000-0000-000000000000");
    }

    // ---------------------------------------------------------------- building requests from the document

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private List<Map<String, Object>> parameters(Operation operation) {
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

    private String path(Operation operation, Map<String, String> override) {
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

    private String real(String name, Operation operation, String parameter) {
        if (value(name) != null) {
            return value(name).get();
        }
        Object schema = parameters(operation).stream().filter(p -> parameter.equals(p.get("name")))
                .map(p -> p.get("schema")).filter(Objects::nonNull).findFirst().orElse(Map.of());
        Object type = resolve(cast(schema)).get("type");
        return "integer".equals(type) ? "1" : UUID.randomUUID().toString();
    }

    private Map<String, String> query(List<Map<String, Object>> parameters, Map<String, String> override) {
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

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> at = schema;
        for (int i = 0; i < 10 && at != null; i++) {
            if (at.get("$ref") instanceof String ref) {
                at = cast(components.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of()));
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
    private Object example(Map<String, Object> schema, String name, int depth) {
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

    private static byte[] encodeBody(String type, Object body) {
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        String flat = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...(" + flat.length() + ")";
    }

    private static String base() {
        String uri = RestAssured.baseURI + ":" + RestAssured.port;
        String basePath = RestAssured.basePath == null || RestAssured.basePath.equals("/") ? "" : RestAssured.basePath;
        return uri + basePath;
    }

    // ---------------------------------------------------------------- nothing changes on a refusal

    private List<String> witnessesOf(Operation operation, List<Operation> all) {
        List<String> paths = new ArrayList<>();
        for (String witness : witnesses.values()) {
            if (collectionOf(witness).equals(collectionOf(operation.path()))) {
                paths.add(witness);
            }
        }
        // The collection the operation belongs to (GET /api/proposals for POST /api/proposals/{id}/lines).
        String collection = operation.path().replaceAll("^(/api/[^/]+).*$", "$1");
        all.stream().filter(o -> o.method().equals("GET") && o.path().equals(collection)).findFirst()
                .ifPresent(o -> paths.add(o.path()));
        return paths;
    }

    private Map<String, String> snapshot(List<String> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        String current = collection;
        for (String path : paths) {
            collection = collectionOf(path);
            String concrete = PARAM.matcher(path).replaceAll(m -> Matcher.quoteReplacement(
                    encode(value(m.group(1)) != null ? value(m.group(1)).get() : m.group(1))));
            String role = matrix.rows().stream().filter(r -> r.operation().equals("GET " + path)).findFirst()
                    .map(Fuzzer::allowedRole).orElse("sales-manager");
            bodies.put(path, given().header(Tokens.bearer(Tokens.forRole(role == null ? "sales-manager" : role)))
                    .get(concrete).then().extract().asString());
        }
        collection = current;
        return bodies;
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((path, body) -> {
            if (!body.equals(after.get(path))) {
                changed.add(path + " (" + abbreviated(body) + " -> " + abbreviated(after.get(path)) + ")");
            }
        });
        return String.join(", ", changed);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> openApi() {
        Map<String, Object> document = given().accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("$");
        components = document.get("components") instanceof Map<?, ?> c && c.get("schemas") instanceof Map<?, ?> s
                ? (Map<String, Object>) s : Map.of();
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) -> ((Map<String, Object>) item)
                .forEach((method, operation) -> {
                    if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                        operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path,
                                (Map<String, Object>) operation);
                    }
                }));
        return operations;
    }
}
