package io.salespipeline.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.web.DecimalsAsText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalBoundsTest {

    record Line(BigDecimal quantity, Money unitPrice) {
    }

    record Order(List<Line> lines) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        new DecimalsAsText().customize(JSON);
    }

    @Test
    void valuesWithinTheBoundsAreKeptAsWritten() {
        assertEquals(new BigDecimal("3.000"), DecimalBounds.parse("q", "3.000"));
        assertEquals(new BigDecimal("1E+3"), DecimalBounds.parse("q", "1e3"));
        assertEquals("9".repeat(30) + "." + "9".repeat(12),
                DecimalBounds.parse("q", "9".repeat(30) + "." + "9".repeat(12)).toPlainString());
        // Only trailing zeros beyond the places: the same number, written shorter.
        assertEquals(new BigDecimal("1.5"), DecimalBounds.parse("q", "1.50000000000000000000"));
    }

    @Test
    void hugeAndTinyValuesAreRefusedFromTheirScaleAlone() {
        for (String text : List.of("1e-5000000", "1e5000000", "1e300000000", "-1e-2147483647", "1e2147483647",
                "9".repeat(31), "0." + "0".repeat(12) + "1", "1" + "0".repeat(70), "12,5", "NaN", "0x10")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> DecimalBounds.parse("quantity", text), text);
            assertEquals("quantity", refused.errors().get(0).field());
        }
    }

    @Test
    void bodiesNameTheFieldOfTheRefusedDecimal() {
        for (String quantity : List.of("\"1e-5000000\"", "1e300000000", "\"1e5000000\"")) {
            JsonMappingException refused = assertThrows(JsonMappingException.class, () -> JSON.readValue(
                    "{\"lines\": [{\"quantity\": \"1\"}, {\"quantity\": " + quantity + "}]}", Order.class));
            assertEquals("lines[1].quantity", invalid(refused).errors().get(0).field());
        }
        JsonMappingException refused = assertThrows(JsonMappingException.class, () -> JSON.readValue(
                "{\"lines\": [{\"quantity\": \"1\", \"unitPrice\": {\"amount\": \"1e-5000000\", \"currency\": \"EUR\"}}]}",
                Order.class));
        // Money names its own member; the problem answer places it at the reader's path (ProblemMappersTest).
        assertEquals("amount", invalid(refused).errors().get(0).field());
        assertEquals("unitPrice", refused.getPath().get(refused.getPath().size() - 1).getFieldName());
    }

    @Test
    void theOpenApiDocumentStatesTheSameBounds() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String pattern = "\"pattern\": \"" + DecimalBounds.PATTERN + "\"";
            String bounds = "\"x-max-integer-digits\": " + DecimalBounds.MAX_INTEGER_DIGITS
                    + ", \"x-max-decimal-places\": " + DecimalBounds.MAX_DECIMAL_PLACES;
            config.lines().filter(line -> line.startsWith("mp.openapi.schema.java.math.BigDecimal=")
                    || line.startsWith("mp.openapi.schema.io.salespipeline.platform.money.Money=")).forEach(line -> {
                        assertTrue(line.contains(pattern) && line.contains(bounds), line);
                    });
        }
    }

    private static InvalidInputException invalid(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidInputException in " + e);
    }
}
