package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.EventSender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/** Test helpers: DealClosed events as contract-service publishes them, and waiting for their effects. */
public final class DealClosedEvents {

    /** A sales manager: sees every customer and order, so set-up and waiting do not depend on who the test is. */
    public static final Header MANAGER = Tokens.as("max.manager", Roles.SALES_MANAGER);

    static final String TOPIC = "sales.deal.closed";
    static final String TYPE = "io.salespipeline.contract.DealClosed.v1";
    static final String CONSUMER_GROUP = "fulfillment-service";

    private DealClosedEvents() {
    }

    /**
     * Two lines priced by the platform rule: 3 x 199.99 less 10% = 539.97 net + 102.59 tax (19%);
     * 1 x 1250.00 = 1250.00 net + 237.50 tax. Totals 1789.97 + 340.09 = 2130.06 EUR.
     */
    public static String dealClosed(UUID dealId, String company) {
        return dealClosed(dealId, company, "Ada Lovelace", "Ada@Example.com");
    }

    /** The same deal with another contact person. */
    public static String dealClosed(UUID dealId, String company, String contactName, String contactEmail) {
        return """
                {"contractId": "%s", "dealId": "%s", "proposalId": "%s",
                 "customer": {"company": "%s", "contactName": "%s", "contactEmail": "%s"},
                 "terms": {"paymentTerms": "30 days net", "delivery": "DAP", "warranty": "12 months",
                           "liability": "capped", "duration": "1 year", "renewal": "yearly", "governingLaw": "DE"},
                 "firstOrder": {"poNumber": "PO-4711", "requestedDeliveryDate": "2027-01-15", "currency": "EUR",
                   "lines": [
                     {"lineNo": 1, "sku": "LIC-PRO", "name": "Pro licence", "unit": "seat", "quantity": "3",
                      "unitPrice": {"amount": "199.99", "currency": "EUR"}, "discountPercent": "10",
                      "taxRatePercent": "19", "net": {"amount": "539.97", "currency": "EUR"},
                      "tax": {"amount": "102.59", "currency": "EUR"}, "total": {"amount": "642.56", "currency": "EUR"}},
                     {"lineNo": 2, "sku": "ONB", "name": "Onboarding", "unit": "day", "quantity": "1",
                      "unitPrice": {"amount": "1250.00", "currency": "EUR"}, "discountPercent": "0",
                      "taxRatePercent": "19", "net": {"amount": "1250.00", "currency": "EUR"},
                      "tax": {"amount": "237.50", "currency": "EUR"}, "total": {"amount": "1487.50", "currency": "EUR"}}],
                   "totals": {"net": {"amount": "1789.97", "currency": "EUR"},
                              "tax": {"amount": "340.09", "currency": "EUR"},
                              "total": {"amount": "2130.06", "currency": "EUR"}}},
                 "signedAt": "2026-11-30T15:00:00Z", "closedAt": "2026-11-30T15:05:00Z",
                 "somethingNew": {"ignored": true}}"""
                .formatted(UUID.randomUUID(), dealId, UUID.randomUUID(), company, contactName, contactEmail);
    }

    /** The event for a deal of the company account {@code accountId}. */
    public static String forAccount(String event, UUID accountId) {
        return event.replace("\"somethingNew\"", "\"accountId\": \"" + accountId + "\", \"somethingNew\"");
    }

    /** Closes a deal (one DealClosed event) and waits for its customer and first order; answers the customer. */
    public static JsonPath closeDeal(String kafka, UUID dealId, String company) {
        send(kafka, UUID.randomUUID().toString(), dealId, dealClosed(dealId, company));
        awaitOne("/api/orders", dealId);
        return awaitOne("/api/customers", dealId);
    }

    /** Waits for the customer and first order of a deal whose DealClosed was sent; answers the customer's id. */
    public static String closeDealAwaited(UUID dealId) {
        awaitOne("/api/orders", dealId);
        return awaitOne("/api/customers", dealId).getString("id");
    }

    /** The Authorization header of the customer's current support owner (role support). */
    public static Header supportOwnerOf(String customerId) {
        String owner = given().header(MANAGER).get("/api/customers/{id}", customerId).then().statusCode(200)
                .extract().path("supportOwner");
        return Tokens.as(owner, Roles.SUPPORT);
    }

    public static void send(String kafka, String eventId, UUID dealId, String json) {
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(TOPIC, eventId, TYPE, dealId, json);
        }
    }

    /** A DealClosed CloudEvent pinned to one partition, so that tests can rely on the order of records. */
    static ProducerRecord<String, String> onPartition(int partition, String eventId, UUID dealId, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, partition, dealId.toString(), json);
        for (String[] header : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", eventId}, {"ce_type", TYPE},
                {"ce_source", "/contract-service"}, {"ce_subject", dealId.toString()},
                {"content-type", "application/json"}}) {
            record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** Waits until {@code path?dealId=} lists exactly one record (as a sales manager sees it), and returns it. */
    public static JsonPath awaitOne(String path, UUID dealId) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().header(MANAGER)
                .queryParam("dealId", dealId.toString()).get(path).then().statusCode(200).body("items", hasSize(1)));
        return given().header(MANAGER).queryParam("dealId", dealId.toString()).get(path).then().extract().jsonPath()
                .setRootPath("items[0]");
    }

    /**
     * Waits until the service's consumer group has committed every record now on the topic: after
     * that, whatever the events sent before could change has changed.
     */
    public static void awaitAllConsumed(String kafka) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC)
                    .partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(CONSUMER_GROUP)
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committedAt(committed.get(end.getKey())) >= end.getValue());
            });
        } catch (Exception e) {
            throw new AssertionError("Could not read the consumer group's progress", e);
        }
    }

    private static long committedAt(OffsetAndMetadata offset) {
        return offset == null ? -1 : offset.offset();
    }
}
