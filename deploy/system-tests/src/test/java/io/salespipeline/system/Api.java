package io.salespipeline.system;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.client.contract.api.ContractsApi;
import io.salespipeline.client.lead.api.LeadsApi;
import io.salespipeline.client.proposal.api.ProposalsApi;
import io.salespipeline.client.prospect.api.ProspectsApi;
import io.salespipeline.infra.testing.Tokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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

    io.salespipeline.client.lead.api.AccountsApi accounts() {
        return new io.salespipeline.client.lead.api.AccountsApi(leadClient());
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
        return new ProspectsApi(prospectClient());
    }

    private io.salespipeline.client.prospect.ApiClient prospectClient() {
        var client = new io.salespipeline.client.prospect.ApiClient();
        client.updateBaseUri(system.uri("prospect"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return client;
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
        return new ContractsApi(contractClient());
    }

    private io.salespipeline.client.contract.ApiClient contractClient() {
        var client = new io.salespipeline.client.contract.ApiClient();
        client.updateBaseUri(system.uri("contract"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return client;
    }

    io.salespipeline.client.fulfillment.api.CustomersApi customers() {
        return new io.salespipeline.client.fulfillment.api.CustomersApi(fulfillmentClient());
    }

    io.salespipeline.client.fulfillment.api.OrdersApi orders() {
        return new io.salespipeline.client.fulfillment.api.OrdersApi(fulfillmentClient());
    }

    io.salespipeline.client.lead.api.ErasureRequestsApi erasureRequests() {
        return new io.salespipeline.client.lead.api.ErasureRequestsApi(leadClient());
    }

    io.salespipeline.client.lead.api.WebFormsApi webForms() {
        return new io.salespipeline.client.lead.api.WebFormsApi(leadClient());
    }

    /** The service's webhook subscriptions (every service offers the same operations, each in its own client). */
    Webhooks webhooks(String service) {
        return switch (service) {
            case "lead" -> Webhooks.of(new io.salespipeline.client.lead.api.WebhooksApi(leadClient()));
            case "prospect" -> Webhooks.of(new io.salespipeline.client.prospect.api.WebhooksApi(prospectClient()));
            case "proposal" -> Webhooks.of(new io.salespipeline.client.proposal.api.WebhooksApi(proposalClient()));
            case "contract" -> Webhooks.of(new io.salespipeline.client.contract.api.WebhooksApi(contractClient()));
            case "fulfillment" -> Webhooks.of(new io.salespipeline.client.fulfillment.api.WebhooksApi(fulfillmentClient()));
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** The status this caller gets reading the stage's record by id: 200, or the status of the problem. */
    int readStatus(String service, UUID id) {
        try {
            switch (service) {
                case "lead" -> leads().getLead(id);
                case "prospect" -> prospects().getProspect(id);
                case "proposal" -> proposals().getProposal(id);
                case "contract" -> contracts().getContract(id);
                default -> throw new IllegalArgumentException(service);
            }
            return 200;
        } catch (io.salespipeline.client.lead.ApiException e) {
            return e.getCode();
        } catch (io.salespipeline.client.prospect.ApiException e) {
            return e.getCode();
        } catch (io.salespipeline.client.proposal.ApiException e) {
            return e.getCode();
        } catch (io.salespipeline.client.contract.ApiException e) {
            return e.getCode();
        }
    }

    /**
     * The stage's funnel figures from {@code from} to {@code to} (every service offers
     * getStageFigures, each in its own client), by name: entered, leftForward, lost, returned,
     * ended, stillInStage, won.
     */
    Map<String, Long> stageFigures(String service, OffsetDateTime from, OffsetDateTime to) {
        Object figures = DealJourney.call(() -> switch (service) {
            case "lead" -> new io.salespipeline.client.lead.api.FunnelApi(leadClient()).getStageFigures(from, to);
            case "prospect" -> new io.salespipeline.client.prospect.api.FunnelApi(prospectClient()).getStageFigures(from, to);
            case "proposal" -> new io.salespipeline.client.proposal.api.FunnelApi(proposalClient()).getStageFigures(from, to);
            case "contract" -> new io.salespipeline.client.contract.api.FunnelApi(contractClient()).getStageFigures(from, to);
            case "fulfillment" -> new io.salespipeline.client.fulfillment.api.FunnelApi(fulfillmentClient())
                    .getStageFigures(from, to);
            default -> throw new IllegalArgumentException(service);
        });
        Map<String, Long> counts = new HashMap<>();
        FIGURES.convertValue(figures, new TypeReference<Map<String, Object>>() { }).forEach((name, value) -> {
            if (value instanceof Number number) {
                counts.put(name, number.longValue());
            }
        });
        return counts;
    }

    private static final ObjectMapper FIGURES = new ObjectMapper().findAndRegisterModules();

    private io.salespipeline.client.fulfillment.ApiClient fulfillmentClient() {
        var client = new io.salespipeline.client.fulfillment.ApiClient();
        client.updateBaseUri(system.uri("fulfillment"));
        client.setHttpClientBuilder(HTTP_1_1.get());
        client.setObjectMapper(strict(client.getObjectMapper()));
        client.setRequestInterceptor(caller);
        return client;
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
