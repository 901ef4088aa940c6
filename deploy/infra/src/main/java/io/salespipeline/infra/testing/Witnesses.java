package io.salespipeline.infra.testing;

import static io.restassured.RestAssured.given;
import static io.salespipeline.infra.testing.Fuzzer.abbreviated;
import static io.salespipeline.infra.testing.PlausibleRequests.collectionOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A refused change must leave the records it could touch as they were. The witnesses of an
 * operation are the records the test names ({@link Fuzzer#withWitness}) under the operation's
 * collection, and the collection itself; they are read before and after each group of requests.
 */
final class Witnesses {

    /**
     * The platform's dead-letter list grows by itself (a consumer parks a failing event whenever it
     * arrives, e.g. a re-driven poison event parked again), so its whole answer is no witness; what a
     * re-drive changes is which dead letters were re-driven: that set is the witness.
     */
    private static final String DEAD_LETTERS = "/api/dead-letters";

    private final AccessMatrix matrix;
    private final PlausibleRequests requests;
    private final Set<String> named = new LinkedHashSet<>();

    Witnesses(AccessMatrix matrix, PlausibleRequests requests) {
        this.matrix = matrix;
        this.requests = requests;
    }

    void add(String operationPath) {
        named.add(operationPath);
    }

    /** The GET paths whose answers a refused change to this operation must not alter. */
    List<String> of(Operation operation, List<Operation> all) {
        List<String> paths = new ArrayList<>();
        for (String witness : named) {
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

    /** Each witness's answer, read with a token of a role its access matrix row allows. */
    Map<String, String> snapshot(List<String> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            boolean deadLetters = path.equals(DEAD_LETTERS);
            String concrete = deadLetters ? DEAD_LETTERS + "?limit=500" : requests.filled(path);
            String role = matrix.rows().stream().filter(r -> r.operation().equals("GET " + path)).findFirst()
                    .map(Fuzzer::allowedRole).orElse("sales-manager");
            String body = given().header(Tokens.bearer(Tokens.forRole(role == null ? "sales-manager" : role)))
                    .get(concrete).then().extract().asString();
            bodies.put(path, deadLetters ? redriven(body) : body);
        }
        return bodies;
    }

    private static String redriven(String deadLetters) {
        try {
            List<String> ids = io.restassured.path.json.JsonPath.from(deadLetters).getList("items.findAll { it.redriven }.id");
            return "re-driven: " + new java.util.TreeSet<>(ids);
        } catch (RuntimeException e) {
            return deadLetters; // not a list answer: compared as it is
        }
    }

    /**
     * Reads the witnesses again after a group of requests; when every request of the group was
     * refused, a failure names what changed. The new reading is the next group's "before".
     */
    Map<String, String> checkUnchanged(String group, boolean accepted, Map<String, String> before,
            List<String> paths, List<String> failures) {
        Map<String, String> after = snapshot(paths);
        if (!accepted && !after.equals(before)) {
            failures.add(group + ": every request refused, but changed " + changed(before, after));
        }
        return after;
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
}
