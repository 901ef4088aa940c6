package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.salespipeline.fulfillment.events.CustomerActionRequested;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The customer's side in tests: the survey links their contact was sent, read as whatever sends
 * e-mail reads them (the CustomerActionRequested event, here its outbox row), and the survey page's
 * form posted without any token, as the customer's browser posts it.
 */
public final class SurveyMail {

    /** The client address the customer answers from (the test client is a trusted proxy). */
    public static final String CUSTOMER_IP = "198.51.100.20";

    private SurveyMail() {
    }

    /** The page path (/customer/survey/{token}) of the latest survey link issued about this order or customer. */
    public static String pageOf(String recordId) {
        List<?> urls = links(recordId);
        if (urls.isEmpty()) {
            throw new AssertionError("No survey link was issued about " + recordId);
        }
        return URI.create((String) urls.get(0)).getPath();
    }

    /** How many survey links were issued about this order or customer. */
    public static int issuedAbout(String recordId) {
        return links(recordId).size();
    }

    private static List<?> links(String recordId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select payload->>'url' from outbox_message where event_type = ?1 "
                        + "and payload->>'recordId' = ?2 order by position desc")
                .setParameter(1, CustomerActionRequested.TYPE).setParameter(2, recordId).getResultList());
    }

    /** The customer answers on the page (score and comment as the form sends them; null: left out). */
    public static Response answerAt(String page, String score, String comment) {
        return anonymously(() -> {
            RequestSpecification form = given().header("X-Forwarded-For", CUSTOMER_IP)
                    .header("User-Agent", "Mozilla/5.0 (iPhone) Mobile Safari").contentType("application/x-www-form-urlencoded");
            if (score != null) {
                form = form.formParam("score", score);
            }
            if (comment != null) {
                form = form.formParam("comment", comment);
            }
            return form.post(page + "/answer");
        });
    }

    /** The customer answers the latest survey link about this order or customer; 200 expected. */
    public static void answer(String recordId, int score, String comment) {
        answerAt(pageOf(recordId), String.valueOf(score), comment).then().statusCode(200);
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
