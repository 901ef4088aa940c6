package io.salespipeline.lead.acrossstages;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.DealAccessChecks;
import io.salespipeline.infra.testing.EventTap;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace across a Kafka hop: a request, the event it stored (sent later by the relay, on its
 * own thread, with the request's traceparent) and a consumer's processing of that event.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class TracingTest {

    private static final AttributeKey<String> DEAL_ID = AttributeKey.stringKey("sales.deal.id");

    @Inject
    InMemorySpanExporter spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void signIn() {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
    }

    @Test
    void aRequestItsEventAndTheEventsProcessingShareOneTrace() {
        String id = Leads.create("traced@example.com");
        String dealId = Leads.qualify(id);
        String traceId = hex(16);
        String callerSpan = hex(8);
        try (EventTap tap = new EventTap(kafka, DealAccessChecks.TOPIC)) {
            given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .contentType(ContentType.JSON).body("{\"sharedWith\": [\"nia.seller\"]}")
                    .put("/api/leads/{id}/sharing", id).then().statusCode(200);
            EventTap.Event published = tap.await(event -> dealId.equals(event.key())
                    && event.value().contains("nia.seller"), Duration.ofSeconds(60));
            assertEquals(traceId, published.header("traceparent").split("-")[1], published.headers().toString());
        }
        SpanData request = awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
        assertEquals("PUT /api/leads/{id}/sharing", request.getName());
        assertEquals(callerSpan, request.getParentSpanId());
        // The service follows its own topic too: its consumer processed the event within the trace.
        SpanData processing = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(traceId)
                && span.getName().equals(DealAccessChecks.TOPIC + " process"));
        assertEquals(dealId, processing.getAttributes().get(DEAL_ID));
        // What the alerts and the dashboard (deploy/k8s/base/observability) read is exposed.
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String series : List.of("sales_inbox_handoff_seconds_bucket{topic=\"sales.deal.access-changed\"",
                "sales_outbox_backlog ", "sales_outbox_oldest_unpublished_seconds ",
                "http_server_requests_seconds_count{", "kafka_consumer_fetch_manager_records_lag_max{",
                "sales_stage_entered_total{", "sales_stage_left_total{", "sales_stage_duration_seconds_bucket{")) {
            assertTrue(metrics.contains(series), series + " not in /q/metrics");
        }
    }

    @Test
    void aRequestWithoutACallersTraceStartsOneThatItsEventCarries() {
        String id = Leads.create("traced-root@example.com");
        try (EventTap tap = new EventTap(kafka, "sales.lead.qualified")) {
            String dealId = Leads.qualify(id);
            EventTap.Event qualified = tap.await(event -> dealId.equals(event.key()), Duration.ofSeconds(60));
            String traceId = qualified.header("traceparent").split("-")[1];
            SpanData request = awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
            assertEquals("POST /api/leads/{id}/interest", request.getName());
            assertEquals("0000000000000000", request.getParentSpanId());
        }
    }

    private SpanData awaitSpan(Predicate<SpanData> matching) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> spans.getFinishedSpanItems().stream().filter(matching).findFirst(), Optional::isPresent).get();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
