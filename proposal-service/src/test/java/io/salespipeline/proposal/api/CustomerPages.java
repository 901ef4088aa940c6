package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.salespipeline.proposal.events.CustomerActionRequested;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The customer's side in tests: the link their contact was given, read as whatever sends e-mail
 * reads it (the CustomerActionRequested event, here its outbox row), and the page's forms posted
 * without any token, as the customer's browser posts them.
 */
public final class CustomerPages {

    private CustomerPages() {
    }

    /** The page path (/customer/proposal-decision/{token}) of the latest link issued for this proposal version. */
    public static String pageOf(String proposalId) {
        List<?> urls = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select payload->>'url' from outbox_message where event_type = ?1 "
                        + "and payload->>'recordId' = ?2 order by position desc limit 1")
                .setParameter(1, CustomerActionRequested.TYPE).setParameter(2, proposalId).getResultList());
        if (urls.isEmpty()) {
            throw new AssertionError("No customer link was issued for proposal " + proposalId);
        }
        return URI.create((String) urls.get(0)).getPath();
    }

    public static ValidatableResponse accept(String proposalId, int version) {
        return acceptAt(pageOf(proposalId), version);
    }

    public static ValidatableResponse acceptAt(String page, int version) {
        return anonymously(() -> given().contentType("application/x-www-form-urlencoded")
                .formParam("version", String.valueOf(version)).post(page + "/acceptance").then());
    }

    public static ValidatableResponse reject(String proposalId, int version, String reason) {
        return rejectAt(pageOf(proposalId), version, reason);
    }

    public static ValidatableResponse rejectAt(String page, int version, String reason) {
        return anonymously(() -> given().contentType("application/x-www-form-urlencoded")
                .formParam("version", String.valueOf(version)).formParam("reason", reason)
                .post(page + "/rejection").then());
    }

    /** A request without the signed-in principal's token: the customer has none. */
    public static <T> T anonymously(Supplier<T> call) {
        RequestSpecification signedIn = RestAssured.requestSpecification;
        RestAssured.requestSpecification = null;
        try {
            return call.get();
        } finally {
            RestAssured.requestSpecification = signedIn;
        }
    }
}
