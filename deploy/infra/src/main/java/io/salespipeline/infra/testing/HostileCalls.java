package io.salespipeline.infra.testing;

import static io.salespipeline.infra.testing.Fuzzer.abbreviated;
import static io.salespipeline.infra.testing.PlausibleRequests.cast;
import static io.salespipeline.infra.testing.PlausibleRequests.encode;
import static io.salespipeline.infra.testing.PlausibleRequests.encodeBody;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The requests one operation gets: the plausible one first ("baseline"), then one hostile value at
 * a time to every path, query and header parameter and to every field of the body (nested objects
 * and arrays included; the field left out too), then hostile bodies as a whole (none, empty,
 * malformed, 5 000 levels deep, duplicate keys, invalid UTF-8, wrong content types). Values come
 * from a fixed list plus jqwik generators driven by a fixed seed, so a failure is reproduced by
 * running the test again.
 */
final class HostileCalls {

    private static final long SEED = 20261206L;

    private final PlausibleRequests requests;
    private final Random random = new Random(SEED);

    HostileCalls(PlausibleRequests requests) {
        this.requests = requests;
    }

    /** The baseline first, then the hostile requests, those to one field or parameter together. */
    List<Call> of(Operation operation) {
        requests.scopeTo(operation);
        List<Call> calls = new ArrayList<>();
        List<Map<String, Object>> parameters = requests.parameters(operation);
        Map<String, Object> bodySchema = null;
        String bodyType = null;
        if (operation.spec().get("requestBody") instanceof Map<?, ?> requestBody
                && requestBody.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            bodyType = (String) content.keySet().iterator().next();
            Object media = content.get(bodyType);
            bodySchema = media instanceof Map<?, ?> m && m.get("schema") instanceof Map<?, ?> s
                    ? requests.resolve(cast(s)) : Map.of();
        }
        Object baseline = bodySchema == null ? null : requests.example(bodySchema, "body", 0);
        String type = bodyType;
        java.util.function.BiFunction<String, Object, Call> withBody = (description, body) -> new Call(description,
                operation.method(), requests.path(operation, Map.of()), requests.query(parameters, Map.of()),
                Map.of(), type, body == null ? null : encodeBody(type, body));
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
                    case "path" -> calls.add(new Call(description, operation.method(),
                            requests.path(operation, override), requests.query(parameters, Map.of()), Map.of(), type,
                            baseline == null ? null : encodeBody(type, baseline)));
                    case "query" -> calls.add(new Call(description, operation.method(),
                            requests.path(operation, Map.of()), requests.query(parameters, override), Map.of(), type,
                            baseline == null ? null : encodeBody(type, baseline)));
                    case "header" -> calls.add(new Call(description, operation.method(),
                            requests.path(operation, Map.of()), requests.query(parameters, Map.of()), override, type,
                            baseline == null ? null : encodeBody(type, baseline)));
                    default -> { }
                }
            }
            if ("query".equals(in)) {
                calls.add(new Call("query " + name + " twice", operation.method(),
                        requests.path(operation, Map.of()),
                        requests.query(parameters, Map.of(name, "1&" + encode(name) + "=2")), Map.of(), type,
                        baseline == null ? null : encodeBody(type, baseline)));
            }
        }

        if (baseline == null) {
            // No body expected: one anyway, malformed and of a type nobody asked for.
            calls.add(new Call("unexpected malformed JSON body", operation.method(),
                    requests.path(operation, Map.of()), requests.query(parameters, Map.of()), Map.of(),
                    "application/json", "{\"a\":".getBytes(StandardCharsets.UTF_8)));
            calls.add(new Call("unexpected text body", operation.method(),
                    requests.path(operation, Map.of()), requests.query(parameters, Map.of()), Map.of(),
                    "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
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
        return new Call(description, operation.method(), requests.path(operation, Map.of()),
                requests.query(parameters, Map.of()), Map.of(), type, body);
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
}
