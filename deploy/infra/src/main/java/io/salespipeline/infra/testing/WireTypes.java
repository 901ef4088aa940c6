package io.salespipeline.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The JSON a Java type is written as by the services' ObjectMapper: decimals as plain decimal
 * strings (platform DecimalsAsText), instants as ISO-8601 date-times, dates as ISO dates, UUIDs
 * and enums as strings; and whether a record component may be null on the wire.
 */
final class WireTypes {

    /** A JSON Schema type and the format that goes with it ({@code null}: none). */
    record WireType(String type, String format) {
    }

    private WireTypes() {
    }

    /** How the type is written; empty for a free-form tree (JsonNode), which any schema may describe. */
    static Optional<WireType> of(Class<?> type) {
        if (JsonNode.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        if (type == UUID.class) {
            return Optional.of(new WireType("string", "uuid"));
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return Optional.of(new WireType("string", "date-time"));
        }
        if (type == LocalDate.class) {
            return Optional.of(new WireType("string", "date"));
        }
        if (type == BigDecimal.class) {
            return Optional.of(new WireType("string", "decimal"));
        }
        if (type == String.class || type == char.class || type == Character.class || type.isEnum()) {
            return Optional.of(new WireType("string", null));
        }
        if (Set.of(int.class, long.class, short.class, byte.class, Integer.class, Long.class, Short.class,
                Byte.class, BigInteger.class).contains(type)) {
            return Optional.of(new WireType("integer", null));
        }
        if (Set.of(double.class, float.class, Double.class, Float.class).contains(type)) {
            return Optional.of(new WireType("number", null));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(new WireType("boolean", null));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Optional.of(new WireType("array", null));
        }
        return Optional.of(new WireType("object", null));
    }

    /**
     * Whether the producer may leave the component null: declared with an annotation named
     * {@code Nullable} (jakarta.annotation or JSpecify) on the component or its type. A primitive
     * never is; every other component is always set.
     */
    static boolean nullable(RecordComponent component) {
        return !component.getType().isPrimitive()
                && (namedNullable(component) || namedNullable(component.getAnnotatedType()));
    }

    /** The JSON types a property's schema allows ({@code type} as a text or a list). */
    static Set<String> documentedTypes(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(each -> types.add(each.asText()));
        return types;
    }

    /** The enum's constants as they are written (their names). */
    static Set<String> constants(Class<?> type) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(names::add);
        return names;
    }

    private static boolean namedNullable(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }
}
