package io.salespipeline.infra.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/** A rate limit seen from outside, the same for every service's tests. */
public final class RateLimitChecks {

    private RateLimitChecks() {
    }

    /**
     * Sends requests until one is refused: the first {@code limit} must all pass; then a 429 must
     * come soon. (The bucket refills steadily, one token per period / limit, so on a slow machine a
     * few more than the limit may pass first.) Returns the 429.
     */
    public static Response flood(int limit, Supplier<Response> request) {
        return flood(limit, status -> true, request);
    }

    /** The same, and every answer before the 429 has {@code status}. */
    public static Response flood(int limit, int status, Supplier<Response> request) {
        return flood(limit, answered -> answered == status, request);
    }

    private static Response flood(int limit, IntPredicate passes, Supplier<Response> request) {
        for (int i = 0; i < limit; i++) {
            int answered = request.get().statusCode();
            assertTrue(answered != 429 && passes.test(answered),
                    "request " + (i + 1) + " of " + limit + " answered " + answered);
        }
        for (int i = 0; i < limit; i++) {
            Response answer = request.get();
            if (answer.statusCode() == 429) {
                return answer;
            }
            assertTrue(passes.test(answer.statusCode()), "request past the limit answered " + answer.statusCode());
        }
        throw new AssertionError("no 429 after " + 2 * limit + " requests");
    }
}
