package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;
import static io.salespipeline.infra.testing.PlausibleRequests.encode;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * pathological input is slow every time, a pause of a shared machine is not); a refused change
 * must leave the records it could touch as they were (the witnesses: the operation's own record
 * where the test names its id, and the collection it belongs to, read before and after). An
 * operation of {@code /q/openapi} without a row in the matrix fails. Values come from a fixed list
 * plus jqwik generators driven by a fixed seed, so a failure is reproduced by running the test
 * again.
 *
 * <p>The requests come from {@link HostileCalls} (built on the {@link PlausibleRequests} of the
 * document), the before-and-after readings from {@link Witnesses}; this class sends them and
 * checks the answers.
 */
public final class Fuzzer {

    public static final Duration MAX_ANSWER = Duration.ofSeconds(1);
    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AccessMatrix matrix;
    private final PlausibleRequests requests = new PlausibleRequests();
    private final HostileCalls hostile = new HostileCalls(requests);
    private final Witnesses witnesses;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger addresses = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private long slowestNanos;
    private String slowest = "";

    private Fuzzer(AccessMatrix matrix) {
        this.matrix = matrix;
        this.witnesses = new Witnesses(matrix, requests);
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
        requests.putValue(name, value);
        return this;
    }

    /** A GET path (with {name} placeholders for {@link #withValue} names) whose answer a refused change must not alter. */
    public Fuzzer withWitness(String operationPath) {
        witnesses.add(operationPath);
        return this;
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

    static String allowedRole(AccessMatrix.Row row) {
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
        List<String> witnessPaths = witnesses.of(operation, all);
        boolean changes = CHANGES.contains(operation.method());
        List<Call> calls = hostile.of(operation);
        // The plausible request once unmeasured first: the first rendering of a document, say,
        // loads fonts and warms the JIT; the bound is about hostile input, not about a cold start.
        send(operation, calls.get(0), new ArrayList<>(), false);
        // A refused change must change nothing: the witnesses are read before and after each group
        // of requests to one field (a group with an accepted request is read anew).
        Map<String, String> before = changes ? witnesses.snapshot(witnessPaths) : Map.of();
        String group = null;
        boolean accepted = false;
        for (Call call : calls) {
            if (changes && group != null && !group.equals(call.group())) {
                before = witnesses.checkUnchanged(group, accepted, before, witnessPaths, failures);
                accepted = false;
            }
            group = call.group();
            HttpResponse<String> answer = send(operation, call, failures, true);
            accepted |= answer != null && answer.statusCode() < 400;
        }
        if (changes && group != null) {
            witnesses.checkUnchanged(group, accepted, before, witnessPaths, failures);
        }
        Assertions.assertTrue(failures.isEmpty(), operation.name() + " as " + operation.role() + ": "
                + failures.size() + " failures:\n  " + String.join("\n  ", failures.subList(0,
                        Math.min(25, failures.size()))));
    }

    // ---------------------------------------------------------------- sending and checking answers

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

    /** For failure messages: control characters shown as '?', long text cut to its start and length. */
    static String abbreviated(String text) {
        String flat = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...(" + flat.length() + ")";
    }

    private static String base() {
        String uri = RestAssured.baseURI + ":" + RestAssured.port;
        String basePath = RestAssured.basePath == null || RestAssured.basePath.equals("/") ? "" : RestAssured.basePath;
        return uri + basePath;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> openApi() {
        Map<String, Object> document = given().accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("$");
        requests.useSchemas(document.get("components") instanceof Map<?, ?> c && c.get("schemas") instanceof Map<?, ?> s
                ? (Map<String, Object>) s : Map.of());
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
