package io.salespipeline.platform.money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.salespipeline.platform.domain.DecimalBounds;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.web.BoundedDecimalReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency. On the wire it is
 * {@code {"amount": "1234.50", "currency": "EUR"}}: the amount is a decimal string, never a
 * binary float, so no client or event consumer can lose a cent.
 */
@JsonSerialize(using = Money.Writer.class)
@JsonDeserialize(using = Money.Reader.class)
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = currencyCode(currency);
    }

    /** From text (a client's, an event's): the amount within {@link DecimalBounds}. */
    public static Money of(String amount, String currency) {
        return new Money(DecimalBounds.parse("amount", amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency).rounded();
    }

    /** Digits after the decimal point in this currency (2 for EUR, 0 for JPY). */
    public int minorDigits() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** Rounded to the currency's minor unit, half to even (banker's rounding). */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(), RoundingMode.HALF_EVEN), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException("currency",
                    "amounts in " + currency + " and " + other.currency + " cannot be combined");
        }
    }

    private static String currencyCode(String code) {
        if (code == null) {
            throw new InvalidInputException("currency", "is required");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    static final class Writer extends StdSerializer<Money> {
        Writer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("amount", money.amount().toPlainString());
            json.writeStringField("currency", money.currency());
            json.writeEndObject();
        }
    }

    static final class Reader extends StdDeserializer<Money> {
        Reader() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return read(parser);
            } catch (InvalidInputException e) {
                throw BoundedDecimalReader.refusal(parser, e);
            }
        }

        private static Money read(JsonParser parser) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException("body", "must be an object with amount and currency");
            }
            // Named from here; the problem answer puts it at its path in the body (lines[0].unitPrice.amount).
            JsonNode node = parser.readValueAsTree();
            JsonNode amount = node.get("amount");
            if (amount != null && !amount.isTextual()) {
                throw new InvalidInputException("amount", "must be a decimal string such as \"1234.50\"");
            }
            JsonNode currency = node.get("currency");
            return new Money(DecimalBounds.parse("amount", amount == null ? null : amount.asText()),
                    currency == null ? null : currency.asText());
        }
    }
}
