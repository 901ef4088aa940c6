package io.salespipeline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.AuthenticationFailedException;
import io.salespipeline.platform.security.SecurityProblemMappers;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableProblemTest {

    private static final GenericJDBCException SERVER_SHUT_DOWN = new GenericJDBCException(
            "JDBC exception executing SQL [FATAL: terminating connection due to administrator command] [select p1_0.id from prospect p1_0]",
            new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

    @Test
    void anUnavailableDatabaseAnswers503WithRetryAfterAndNothingInternal() {
        Response response = new ProblemMappers().unexpected(SERVER_SHUT_DOWN);

        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(String.valueOf(DatabaseUnavailableProblem.RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));
        Map<?, ?> problem = (Map<?, ?>) response.getEntity();
        assertEquals("https://salespipeline.io/problems/service-unavailable", problem.get("type"));
        assertEquals(503, problem.get("status"));
        assertNull(problem.get("incident"), "an outage is no incident to quote");
        String text = problem.toString().toLowerCase();
        for (String internal : new String[] {"sql", "jdbc", "postgres", "select", "exception", "fatal"}) {
            assertFalse(text.contains(internal), "reveals " + internal + ": " + text);
        }
    }

    @Test
    void anyOtherUnexpectedFailureStaysA500Incident() {
        Response response = new ProblemMappers().unexpected(new IllegalStateException("a bug"));
        assertEquals(500, response.getStatus());
        assertNull(response.getHeaderString("Retry-After"));
    }

    @Test
    void anApiKeyThatCannotBeCheckedForLackOfTheDatabaseIsNotRefused() {
        Response unavailable = new SecurityProblemMappers().unauthenticated(new AuthenticationFailedException(SERVER_SHUT_DOWN));
        assertEquals(503, unavailable.getStatus());
        assertTrue(unavailable.getHeaders().containsKey("Retry-After"));

        assertEquals(401, new SecurityProblemMappers().unauthenticated(new AuthenticationFailedException()).getStatus());
    }
}
