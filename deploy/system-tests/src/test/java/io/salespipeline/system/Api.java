package io.salespipeline.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.client.contract.api.ContractsApi;
import io.salespipeline.client.lead.api.LeadsApi;
import io.salespipeline.client.proposal.api.ProposalsApi;
import io.salespipeline.client.prospect.api.ProspectsApi;
import io.salespipeline.infra.testing.Tokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The clients generated from the services' OpenAPI documents (deploy/clients), as one caller uses
 * them: every request carries the caller's bearer token and the deal's trace (W3C traceparent).
 * Answers are read strictly: a property the document does not declare fails the call, so a document
 * that lies about an answer breaks the test, as it would break a client built on it.
 */
final class Api {

    private final SalesSystem system;
    private final Consumer<HttpRequest.Builder> caller;

    private Api(SalesSystem system, String header, String value, String traceParent) {
        this.system = system;
        this.caller = request -> {
            request.header(header, value);
            if (traceParent != null) {
                request.header("traceparent", traceParent);
            }
        };
    }

    /** A caller with this subject and roles; {@code traceParent} may be null. */
    static Api as(SalesSystem system, String subject, String role, String traceParent) {
        return new Api(system, "Authorization", "Bearer " + Tokens.of(subject, role), traceParent);
    }

    /** An integration posting with its API key (X-Api-Key), no signed-in person. */
    static Api withKey(SalesSystem system, String apiKey, String traceParent) {
        return new Api(system, "X-Api-Key", apiKey, traceParent);
    }

    LeadsApi leads() {
        return new LeadsApi(leadClient());
    }

    io.salespipeline.client.lead.api.LeadRoutingApi leadRouting() {
        return new io.salespipeline.client.lead.api.LeadRoutingApi(leadClient());
    }

    io.salespipeline.client.lead.api.ApiKeysApi apiKeys() {
        return new io.salespipeline.client.lead.api.ApiKeysApi(leadClient());
    }

    io.salespipeline.client.lead.api.TradeRestrictionsApi tradeRestrictions() {
        return new io.salespipeline.client.lead.api.TradeRestrictionsApi(leadClient());
    }

    private io.salespipeline.client.lead.ApiClient leadClient() {
        var client = new io.salespipeline.client.lead.ApiClient();
        client.updateBaseUri(system.uri("lead"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return client;
    }

    ProspectsApi prospects() {
        var client = new io.salespipeline.client.prospect.ApiClient();
        client.updateBaseUri(system.uri("prospect"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return new ProspectsApi(client);
    }

    ProposalsApi proposals() {
        return new ProposalsApi(proposalClient());
    }

    io.salespipeline.client.proposal.api.ProductsApi products() {
        return new io.salespipeline.client.proposal.api.ProductsApi(proposalClient());
    }

    private io.salespipeline.client.proposal.ApiClient proposalClient() {
        var client = new io.salespipeline.client.proposal.ApiClient();
        client.updateBaseUri(system.uri("proposal"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return client;
    }

    ContractsApi contracts() {
        var client = new io.salespipeline.client.contract.ApiClient();
        client.updateBaseUri(system.uri("contract"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return new ContractsApi(client);
    }

    io.salespipeline.client.fulfillment.api.OrdersApi orders() {
        var client = new io.salespipeline.client.fulfillment.ApiClient();
        client.updateBaseUri(system.uri("fulfillment"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return new io.salespipeline.client.fulfillment.api.OrdersApi(client);
    }

    /**
     * HTTP/1.1, as browsers speak to a plain-http origin. The JDK client's default (HTTP/2, by an
     * h2c upgrade of the first body-less request on a connection) answers 500 "Request has already
     * been read" for a body-less POST (e.g. markProspectReady): a server defect noted apart, not
     * what these tests are about.
     */
    private static final Supplier<HttpClient.Builder> HTTP_1_1 =
            () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);

    private static ObjectMapper strict(ObjectMapper generated) {
        return generated.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
