package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A formal RFP's deadline blocks sending after it; its approval steps at the customer come before the acceptance. */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class RfpProposalApiTest {

    private static final String PROBLEMS = "https://salespipeline.io/problems/";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @AfterEach
    void signOut() {
        Tokens.signOut();
    }

    /** A formal proposal draft whose RFP closes on this day, with one line. */
    private String rfpDraftClosingOn(String deadline) {
        UUID dealId = UUID.randomUUID();
        Drafts.send(kafka, UUID.randomUUID().toString(), dealId,
                Drafts.readyForRfp(dealId, "Analytical Engines Ltd", "2026-11-20T10:00:00Z")
                        .replace("\"deadline\": \"2027-01-15\"", "\"deadline\": \"" + deadline + "\""));
        String id = Drafts.awaitProposalOf(dealId);
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"10\"}");
        return id;
    }

    private static void recordStep(String id, String step, String approvedBy) {
        given().contentType(ContentType.JSON)
                .body("{\"step\": \"" + step + "\", \"approvedBy\": \"" + approvedBy + "\"}")
                .post("/api/proposals/{id}/approval-steps", id).then().statusCode(200);
    }

    /** The customer accepts version 1 through their link. */
    private static void accept(String id, int status) {
        CustomerPages.accept(id, 1).statusCode(status);
    }

    @Test
    void sendingAfterTheRfpDeadlineIsRefusedWithItsOwnProblemAndChangesNothing() {
        String id = rfpDraftClosingOn("2020-03-31");
        given().post("/api/proposals/{id}/sending", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "rfp-deadline-passed"))
                .body("deadline", equalTo("2020-03-31"))
                .body("detail", containsString("RFP-2026-114 closed for submissions on 2020-03-31"));
        given().get("/api/proposals/{id}", id).then().body("status", equalTo("DRAFT")).body("sentAt", nullValue());
    }

    @Test
    void anAcceptanceWaitsForEveryApprovalStepOfTheRfp() {
        String id = rfpDraftClosingOn("2099-12-31");
        given().post("/api/proposals/{id}/sending", id).then().statusCode(200).body("status", equalTo("SENT"))
                .body("missingApprovalSteps", contains("Technical evaluation", "CFO sign-off"));

        accept(id, 409);
        CustomerPages.accept(id, 1).statusCode(409).contentType(containsString("text/html"))
                .body(containsString("still missing: Technical evaluation, CFO sign-off"));

        recordStep(id, "CFO sign-off", "Charles Babbage");
        CustomerPages.accept(id, 1).statusCode(409).body(containsString("still missing: Technical evaluation."));
        given().get("/api/proposals/{id}", id).then().body("status", equalTo("SENT"))
                .body("acceptedBy", nullValue())
                .body("customerApprovals", hasSize(1))
                .body("customerApprovals[0].step", equalTo("CFO sign-off"))
                .body("customerApprovals[0].approvedBy", equalTo("Charles Babbage"))
                .body("customerApprovals[0].recordedBy", startsWith("max.manager"));

        recordStep(id, "Technical evaluation", "IT architecture board");
        accept(id, 200);
        given().get("/api/proposals/{id}", id).then().body("status", equalTo("ACCEPTED"))
                .body("missingApprovalSteps", hasSize(0));
    }

    @Test
    void aStepTheRfpDoesNotListOrOneRecordedTwiceIsRefused() {
        String id = rfpDraftClosingOn("2099-12-31");
        given().contentType(ContentType.JSON).body("{\"step\": \"CFO sign-off\", \"approvedBy\": \"Charles Babbage\"}")
                .post("/api/proposals/{id}/approval-steps", id).then().statusCode(409)
                .body("currentState", equalTo("DRAFT"));
        given().post("/api/proposals/{id}/sending", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"step\": \"Legal review\", \"approvedBy\": \"Counsel\"}")
                .post("/api/proposals/{id}/approval-steps", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("step"));
        recordStep(id, "CFO sign-off", "Charles Babbage");
        given().contentType(ContentType.JSON).body("{\"step\": \"cfo sign-off\", \"approvedBy\": \"Charles Babbage\"}")
                .post("/api/proposals/{id}/approval-steps", id).then().statusCode(409);
        given().get("/api/proposals/{id}", id).then().body("customerApprovals", hasSize(1));
    }

    @Test
    void aQuoteIsSentAndAcceptedWithoutAnyOfThis() {
        String id = Drafts.draft(kafka, "ONE_PAGE_QUOTE").id();
        Drafts.addLine(id, "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"1\"}");
        given().post("/api/proposals/{id}/sending", id).then().statusCode(200)
                .body("missingApprovalSteps", hasSize(0));
        accept(id, 200);
    }
}
