package io.salespipeline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonMappingException;
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

    private final ObjectMapper json = new ObjectMapper();
    private final ProblemMappers mappers = new ProblemMappers();

    @SuppressWarnings("unchecked")
    private Map<String, String> firstError(Class<?> type, String body) {
        try {
            json.readValue(body, type);
            throw new AssertionError("expected the body to be refused");
        } catch (JsonMappingException e) {
            Response response = mappers.unreadableJson(e);
            assertEquals(400, response.getStatus());
            Map<String, Object> problem = (Map<String, Object>) response.getEntity();
            return ((List<Map<String, String>>) problem.get("errors")).get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
}
