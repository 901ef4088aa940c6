package io.salespipeline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.platform.domain.Require;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    record Line(String sku, BigDecimal quantity) {
    }

    record Terms(String paymentTerms) {
        Terms {
            paymentTerms = Require.text("paymentTerms", paymentTerms, 100);
        }
    }

    record PricedLine(BigDecimal quantity, io.salespipeline.platform.money.Money unitPrice) {
    }

    record Order(List<PricedLine> lines) {
    }

    private final ObjectMapper json = new ObjectMapper();

    {
        new DecimalsAsText().customize(json);
        new StrictJson().customize(json);
    }
    private final ProblemMappers mappers = new ProblemMappers();

    @SuppressWarnings("unchecked")
    private Map<String, String> firstError(Class<?> type, String body) {
        try {
            json.readValue(body, type);
            throw new AssertionError("expected the body to be refused");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Response response = mappers.unreadableJson(e);
            assertEquals(400, response.getStatus());
            Map<String, Object> problem = (Map<String, Object>) response.getEntity();
            return ((List<Map<String, String>>) problem.get("errors")).get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aConcurrentChangeFoundAtCommitIs409NotAnIncident() {
        Exception atCommit = new RuntimeException("Error invoking subclass method",
                new IllegalStateException("ARJUNA016053: Could not commit transaction.",
                        new jakarta.persistence.OptimisticLockException("Unexpected row count",
                                new org.hibernate.StaleObjectStateException("Prospect", 1))));
        assertEquals(409, mappers.unexpected(atCommit).getStatus());
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        assertEquals("quantity", firstError(Line.class, "{\"sku\": \"A\", \"quantity\": \"lots\"}").get("field"));
    }

    @Test
    void aValueObjectRefusingItsInputIsReportedWithItsOwnFieldAndMessage() {
        Map<String, String> error = firstError(Terms.class, "{\"paymentTerms\": \" \"}");
        assertEquals("paymentTerms", error.get("field"));
        assertEquals("must not be blank", error.get("message"));
    }

    @Test
    void aDecimalOutOfBoundsIsNamedByItsPathInTheBody() {
        assertEquals("lines[1].quantity", firstError(Order.class,
                "{\"lines\": [{\"quantity\": \"1\"}, {\"quantity\": \"1e-5000000\"}]}").get("field"));
        assertEquals("lines[0].unitPrice.amount", firstError(Order.class,
                "{\"lines\": [{\"quantity\": 1, \"unitPrice\": {\"amount\": \"1e300000000\", \"currency\": \"EUR\"}}]}")
                .get("field"));
        assertEquals("lines[0].unitPrice.currency", firstError(Order.class,
                "{\"lines\": [{\"quantity\": 1, \"unitPrice\": {\"amount\": \"1\", \"currency\": \"XX\"}}]}")
                .get("field"));
    }

    @Test
    void duplicateKeysDeepNestingAndUnstorableTextAre400() {
        assertEquals("body", firstError(Line.class, "{\"sku\": \"A\", \"sku\": \"B\"}").get("field"));
        firstError(Line.class, "{\"sku\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        firstError(Line.class, "{\"quantity\": " + "9".repeat(1001) + "}");
        assertEquals("sku", firstError(Line.class, "{\"sku\": \"a\\u0000b\"}").get("field"));
        assertEquals("sku", firstError(Line.class, "{\"sku\": \"\\ud800\"}").get("field"));
    }
}
