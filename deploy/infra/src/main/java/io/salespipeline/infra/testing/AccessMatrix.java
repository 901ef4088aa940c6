package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The access matrix of one service: a table (a test resource, {@code access-matrix.md}) of every
 * operation of the service's OpenAPI document and what each role gets, run against the running
 * service for every principal: no token, expired token, token of a wrong issuer, token for a
 * wrong audience (another application of the same issuer), token with a wrong signature, a valid token of each role, and (where the service takes API keys) a valid
 * and a revoked key. An operation in {@code /q/openapi} that the table does not list fails the
 * test, and so does a row the document no longer has.
 *
 * <p>Table rows: {@code | METHOD /path | seller | sales-manager | support | admin | integration |}.
 * A cell is {@code ok} (passes the access check: any answer but 401/403, never a 5xx), or an
 * exact status ({@code 403}, {@code 404}, ...). Requests without a valid token expect 401, except
 * for rows whose operation cell starts with {@code public} (anonymous allowed: every principal
 * gets {@code ok}). The integration column is used with an API key where {@link #withApiKeys} is
 * given; a bearer token never carries that role.
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of("seller", "sales-manager", "support", "admin", "integration");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(public\\s+)?([A-Z]+)\\s+(/\\S*)\\s*\\|(.*)\\|\\s*$");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    record Row(String method, String path, boolean open, Map<String, String> expected) {
        String operation() {
            return method + " " + path;
        }
    }

    private final List<Row> rows;
    private Supplier<String> validKey;
    private Supplier<String> revokedKey;

    private AccessMatrix(List<Row> rows) {
        this.rows = rows;
    }

    /** The table in a test resource of the service (e.g. {@code "access-matrix.md"}). */
    public static AccessMatrix of(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(String table) {
        List<Row> rows = new ArrayList<>();
        for (String line : table.lines().toList()) {
            Matcher m = ROW.matcher(line.strip());
            if (!m.matches()) {
                continue; // headings, separators, prose
            }
            String[] cells = m.group(4).split("\\|");
            if (cells.length != ROLES.size()) {
                throw new IllegalArgumentException("Row needs " + ROLES.size() + " role cells " + ROLES + ": " + line);
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip();
                if (!cell.equals("ok") && !cell.matches("[1-5][0-9][0-9]")) {
                    throw new IllegalArgumentException("Cell '" + cell + "' is neither ok nor a status: " + line);
                }
                expected.put(ROLES.get(i), cell);
            }
            rows.add(new Row(m.group(2), m.group(3), m.group(1) != null, expected));
        }
        return new AccessMatrix(rows);
    }

    /** The rows of the table (the fuzzer takes each operation's role from them). */
    List<Row> rows() {
        return rows;
    }

    /** Runs the integration column with these API keys (lead intake). */
    public AccessMatrix withApiKeys(Supplier<String> valid, Supplier<String> revoked) {
        this.validKey = valid;
        this.revokedKey = revoked;
        return this;
    }

    /** operations × principals: what the closing note reports. */
    public int size() {
        return rows.size() * principals().size();
    }

    private List<String> principals() {
        List<String> principals = new ArrayList<>(List.of("no token", "expired token", "wrong issuer",
                "wrong audience", "wrong signature", "seller", "sales-manager", "support", "admin"));
        if (validKey != null) {
            principals.addAll(List.of("api key", "revoked api key"));
        }
        return principals;
    }

    /** One dynamic test per operation and principal, plus the completeness check against /q/openapi. */
    public Stream<DynamicTest> tests() {
        Tokens.signOut();
        Map<String, Map<String, Object>> document = openApiOperations();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the table lists exactly the operations of /q/openapi", () -> {
            Set<String> documented = new TreeSet<>(document.keySet());
            Set<String> listed = new TreeSet<>(rows.stream().map(Row::operation).toList());
            Set<String> missing = new TreeSet<>(documented);
            missing.removeAll(listed);
            Set<String> stale = new TreeSet<>(listed);
            stale.removeAll(documented);
            Assertions.assertTrue(missing.isEmpty() && stale.isEmpty(),
                    "access matrix out of date; not listed: " + missing + "; not in /q/openapi: " + stale);
        }));
        for (Row row : rows) {
            Map<String, Object> operation = document.getOrDefault(row.operation(), Map.of());
            for (String principal : principals()) {
                String expected = expected(row, principal);
                tests.add(DynamicTest.dynamicTest(principal + " " + row.operation() + " -> " + expected,
                        () -> check(row, operation, principal, expected)));
            }
        }
        System.out.printf("Access matrix: %d operations x %d principals = %d checks%n",
                rows.size(), principals().size(), size());
        return tests.stream();
    }

    private static String expected(Row row, String principal) {
        if (row.open()) {
            return "ok";
        }
        return switch (principal) {
            case "no token", "expired token", "wrong issuer", "wrong audience", "wrong signature", "revoked api key" ->
                    "401";
            case "api key" -> row.expected().get("integration");
            default -> row.expected().get(principal);
        };
    }

    private void check(Row row, Map<String, Object> operation, String principal, String expected) {
        Tokens.signOut();
        RequestSpecification request = given().redirects().follow(false);
        Header auth = switch (principal) {
            case "no token" -> null;
            case "expired token" -> Tokens.bearer(Tokens.expired("sam.seller", Roles.ALL_PEOPLE));
            case "wrong issuer" -> Tokens.bearer(Tokens.wrongIssuer("sam.seller", Roles.ALL_PEOPLE));
            case "wrong audience" -> Tokens.bearer(Tokens.wrongAudience("sam.seller", Roles.ALL_PEOPLE));
            case "wrong signature" -> Tokens.bearer(Tokens.wrongSignature("sam.seller", Roles.ALL_PEOPLE));
            case "api key" -> new Header("X-Api-Key", validKey.get());
            case "revoked api key" -> new Header("X-Api-Key", revokedKey.get());
            default -> Tokens.bearer(Tokens.forRole(principal));
        };
        if (auth != null) {
            request.header(auth);
        }
        addBody(request, row, operation);
        Response response = request.request(row.method(), concretePath(row.path(), operation));
        int status = response.statusCode();
        String what = principal + " " + row.operation() + " answered " + status + ": " + response.asString();
        Assertions.assertTrue(status < 500, what);
        if (expected.equals("ok")) {
            Assertions.assertTrue(status != 401 && status != 403, what + " (expected to pass the access check)");
        } else {
            Assertions.assertEquals(Integer.parseInt(expected), status, what);
        }
        if (status == 401 || status == 403) {
            Assertions.assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                    what + " (expected problem+json)");
        }
    }

    @SuppressWarnings("unchecked")
    private static void addBody(RequestSpecification request, Row row, Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        if (!(body instanceof Map<?, ?> requestBody) || !(requestBody.get("content") instanceof Map<?, ?> content)
                || content.isEmpty()) {
            return;
        }
        String type = (String) content.keySet().iterator().next();
        request.contentType(type);
        if (type.contains("json")) {
            request.body("{}");
        } else if (type.contains("x-www-form-urlencoded")) {
            request.body("unknown=1");
        } else {
            // Bytes go out as they are, whatever the type (text/csv, ...): REST Assured only encodes types it knows.
            request.body("x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    private static String concretePath(String path, Map<String, Object> operation) {
        Map<String, String> types = new LinkedHashMap<>();
        if (operation.get("parameters") instanceof List<?> parameters) {
            for (Object p : parameters) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                Object schema = parameter.get("schema");
                String type = schema instanceof Map<?, ?> s && s.get("type") != null ? s.get("type").toString() : "string";
                types.put(String.valueOf(parameter.get("name")), type);
            }
        }
        Matcher m = PARAM.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (m.find()) {
            String type = types.getOrDefault(m.group(1), "string");
            m.appendReplacement(concrete, type.equals("integer") ? "1" : UUID.randomUUID().toString());
        }
        m.appendTail(concrete);
        return concrete.toString();
    }

    /** "METHOD /path" -> the operation object, from the running service's OpenAPI document. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> openApiOperations() {
        Map<String, Object> paths = given().accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) operation);
            }
        }));
        return operations;
    }

    /** The roles a refused token claims: all of them, so a 401 is about the token, not the role. */
    private static final class Roles {
        static final String[] ALL_PEOPLE = {"seller", "sales-manager", "support", "admin"};
    }
}
