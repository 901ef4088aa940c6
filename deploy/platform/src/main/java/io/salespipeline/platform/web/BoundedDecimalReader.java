package io.salespipeline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.salespipeline.platform.domain.DecimalBounds;
import io.salespipeline.platform.domain.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads every {@link BigDecimal} of a request or event body (a JSON number or a decimal string)
 * within {@link DecimalBounds}; a value out of bounds is a 400 naming its field
 * ({@code lines[0].quantity}).
 */
public final class BoundedDecimalReader extends StdScalarDeserializer<BigDecimal> {

    public BoundedDecimalReader() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
            return read(parser);
        } catch (InvalidInputException e) {
            throw refusal(parser, e);
        }
    }

    private static BigDecimal read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            // Jackson bounds the length of a number token (StreamReadConstraints); its exponent is checked here.
            try {
                return DecimalBounds.require(field(parser), parser.getDecimalValue());
            } catch (NumberFormatException | ArithmeticException e) {
                // A number read into a tree first can have become an infinite double.
                throw new InvalidInputException(field(parser), "is not a decimal number within the bounds");
            }
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            return text.isBlank() ? null : DecimalBounds.parse(field(parser), text);
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new InvalidInputException(field(parser), "must be a decimal number such as \"12.50\"");
    }

    /**
     * A value refused while reading, as the mismatch Jackson (and Quarkus' generated readers) put
     * the field's path on; {@link ProblemMappers} answers it with the refusal's own message.
     */
    public static MismatchedInputException refusal(JsonParser parser, InvalidInputException refused) {
        MismatchedInputException mismatch = MismatchedInputException.from(parser, BigDecimal.class,
                refused.getMessage());
        mismatch.initCause(refused);
        return mismatch;
    }

    /** The JSON path of the value being read, e.g. {@code lines[0].quantity}. */
    public static String field(JsonParser parser) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                segments.push("." + at.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
