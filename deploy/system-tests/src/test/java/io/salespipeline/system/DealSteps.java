package io.salespipeline.system;

import static io.restassured.RestAssured.given;
import static io.salespipeline.system.DealJourney.awaitOne;
import static io.salespipeline.system.DealJourney.call;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.client.fulfillment.api.CustomersApi;
import io.salespipeline.client.fulfillment.api.OrdersApi;
import io.salespipeline.client.fulfillment.model.CustomerView;
import io.salespipeline.client.fulfillment.model.StatusChangeInput;
import io.salespipeline.client.lead.model.FormField;
import io.salespipeline.client.lead.model.FormFieldTarget;
import io.salespipeline.client.lead.model.WebFormInput;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The steps of a deal beyond the shortest way to an order (DealJourney#everyStep), each as its caller takes it. */
final class DealSteps {

    private DealSteps() {
    }

    /**
     * The buyer fills in the website's contact form after the seller took them in: an admin sets
     * the form up, and the arrival is kept on the existing lead. The post is raw HTTP: browsers
     * post the form (url-encoded, answered by a 303), not a generated client, which cannot describe
     * a form of configured fields.
     */
    static void arriveAgainByWebForm(SalesSystem system, String traceParent, int n) {
        String formId = "contact-" + n;
        var forms = Api.as(system, "ada.admin", "admin", traceParent).webForms();
        call(() -> forms.createWebForm(new WebFormInput().formId(formId).name("Contact " + n)
                .fields(List.of(new FormField().name("name").mapsTo(FormFieldTarget.NAME).required(true),
                        new FormField().name("email").mapsTo(FormFieldTarget.EMAIL).required(true),
                        new FormField().name("company").mapsTo(FormFieldTarget.COMPANY).required(false)))
                .allowedOrigins(List.of("https://www.example.com")).thankYouUrl("https://www.example.com/thanks")
                .errorUrl("https://www.example.com/oops").minSecondsToSubmit(0)));
        submitContactForm(system, traceParent, n);
    }

    /** The deal's buyer fills in the contact form ({@link #arriveAgainByWebForm} made it) once more. */
    private static void submitContactForm(SalesSystem system, String traceParent, int n) {
        String formId = "contact-" + n;
        var token = call(() -> Api.as(system, "ada.admin", "admin", traceParent).webForms().getWebFormToken(formId, null));
        given().baseUri(system.uri("lead")).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "Buyer " + n).formParam("email", "buyer%1$d@customer%1$d.example".formatted(n))
                .formParam("company", "Customer " + n + " GmbH").formParam(token.getField(), token.getToken())
                .post("/api/web-forms/{formId}/submissions", formId)
                .then().statusCode(303).header("Location", startsWith("https://www.example.com/thanks"));
    }

    /**
     * Once a customer, the buyer comes back through the contact form: their lead takes the arrival,
     * and the customer's support owner gets a notice of it (their company account is a customer).
     */
    static void returnAsCustomer(SalesSystem system, String traceParent, UUID dealId, int n) {
        submitContactForm(system, traceParent, n);
        Api manager = Api.as(system, "mia.manager", "sales-manager", traceParent);
        CustomerView customer = awaitOne(() -> manager.customers().listCustomers(null, dealId, null, null, null).getItems());
        CustomersApi owners = Api.as(system, customer.getSupportOwner(), "support", traceParent).customers();
        var notice = awaitOne(() -> owners.listCustomerSupportNotices(customer.getId(), null, null, null).getItems());
        assertEquals(customer.getSupportOwner(), notice.getSupportOwner());
        assertEquals("OPEN", String.valueOf(notice.getStatus()));
    }

    /**
     * The customer's support owner (chosen at the hand-off) works the first order to its delivery;
     * the delivery sends the customer's contact a survey link (read from Kafka as a mailer reads it),
     * and the customer answers on its page, without any token. The answer counts for the owner.
     */
    static void deliverAndAnswerSurvey(SalesSystem system, String traceParent, UUID dealId, int n) {
        Api manager = Api.as(system, "mia.manager", "sales-manager", traceParent);
        CustomersApi customers = manager.customers();
        CustomerView customer = awaitOne(() -> customers.listCustomers(null, dealId, null, null, null).getItems());
        OrdersApi orders = Api.as(system, customer.getSupportOwner(), "support", traceParent).orders();
        UUID order = awaitOne(() -> orders.listOrders(null, null, dealId, null, null).getItems()).getId();
        call(() -> orders.changeOrderStatus(order, new StatusChangeInput().status(StatusChangeInput.StatusEnum.IN_PROGRESS)
                .note("Kick-off booked")));
        for (StatusChangeInput.StatusEnum status : List.of(StatusChangeInput.StatusEnum.SHIPPED,
                StatusChangeInput.StatusEnum.DELIVERED)) {
            call(() -> orders.changeOrderStatus(order, new StatusChangeInput().status(status)));
        }
        String page = CustomerDecision.surveyLink(system.kafka(), order.toString(), Duration.ofSeconds(90));
        CustomerDecision.answerSurvey(page, 9, "Smooth start " + n, "DealJourney browser " + n);
        var surveys = call(() -> customers.listCustomerSurveys(customer.getId(), null, null)).getItems();
        assertEquals(1, surveys.size(), "one answer, the customer's: " + surveys);
        assertEquals(Boolean.TRUE, surveys.get(0).getFromCustomer());
        assertEquals(customer.getSupportOwner(), surveys.get(0).getSupportOwner());
    }
}
