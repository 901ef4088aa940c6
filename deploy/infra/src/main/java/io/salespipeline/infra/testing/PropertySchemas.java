package io.salespipeline.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.salespipeline.infra.testing.WireTypes.WireType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One property's schema against the record component that writes or reads it. */
final class PropertySchemas {

    /** The mark of a property the outbox seals with the person's data key (platform {@code @Personal}). */
    static final String ENCRYPTED = "x-encrypted";
    static final String SEALED_FORMAT = "pii:v1";
    private static final String PERSONAL = "io.salespipeline.platform.privacy.Personal";

    private PropertySchemas() {
    }

    /**
     * The documented JSON type (and format) is the one the Java type is written as; when
     * {@code exact}, the document allows null exactly when the producer may leave it null, and an
     * enum's documented values are its constants.
     */
    static void type(String at, Class<?> type, JsonNode schema, boolean nullable, boolean exact,
            List<String> problems) {
        Optional<WireType> wire = WireTypes.of(type);
        if (wire.isEmpty()) {
            return;
        }
        Set<String> documented = WireTypes.documentedTypes(schema);
        Set<String> nonNull = new TreeSet<>(documented);
        nonNull.remove("null");
        if (!nonNull.equals(Set.of(wire.get().type()))) {
            problems.add(at + ": written as " + wire.get().type() + " (" + type.getSimpleName() + "), documented as "
                    + (documented.isEmpty() ? "no type" : documented));
            return;
        }
        String format = schema.path("format").asText(null);
        if (wire.get().format() != null && !wire.get().format().equals(format)) {
            problems.add(at + ": written as a " + wire.get().format() + " " + wire.get().type() + " ("
                    + type.getSimpleName() + "), documented with format " + format);
        }
        if (exact && nullable != documented.contains("null")) {
            problems.add(at + (nullable ? ": may be null (@Nullable), the document's type does not allow null"
                    : ": always set, the document's type allows null"));
        }
        if (exact && type.isEnum() && schema.has("enum")) {
            Set<String> values = new TreeSet<>();
            schema.path("enum").forEach(value -> {
                if (!value.isNull()) {
                    values.add(value.asText());
                }
            });
            if (!values.equals(WireTypes.constants(type))) {
                problems.add(at + ": enum is " + values + ", " + type.getSimpleName() + " has "
                        + WireTypes.constants(type));
            }
        }
    }

    /** The object's {@code required} lists exactly the fields the producer always sets (not {@code @Nullable}). */
    static void required(String at, List<PayloadSchemas.WireField> fields, JsonNode schema, List<String> problems) {
        Set<String> always = new TreeSet<>();
        fields.stream().filter(PayloadSchemas.WireField::alwaysSet).forEach(field -> always.add(field.name()));
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        Set<String> missing = new TreeSet<>(always);
        missing.removeAll(required);
        Set<String> extra = new TreeSet<>(required);
        extra.removeAll(always);
        if (!missing.isEmpty()) {
            problems.add(at + ": the producer always sets " + missing + ", the document's required does not list them");
        }
        if (!extra.isEmpty()) {
            problems.add(at + ": required lists " + extra + ", which the producer may leave null or out (@Nullable)");
        }
    }

    /**
     * A {@code @Personal} component is sealed on the wire ({@code pii:v1:<keyId>:<b64url>}): its
     * property carries {@code "x-encrypted": "pii:v1"} and a description that says whose key seals
     * it and that it reads {@code [erased]} once the person is erased; no other property carries the mark.
     */
    static void personal(String at, RecordComponent component, JsonNode property, List<String> problems) {
        boolean personal = Arrays.stream(component.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(PERSONAL));
        boolean marked = property.has(ENCRYPTED);
        if (personal && !SEALED_FORMAT.equals(property.path(ENCRYPTED).asText(null))) {
            problems.add(at + ": @Personal, sealed on the wire, but not marked \"" + ENCRYPTED + "\": \""
                    + SEALED_FORMAT + "\"");
        } else if (!personal && marked) {
            problems.add(at + ": marked " + ENCRYPTED + ", but the record does not seal it (no @Personal)");
        } else if (personal) {
            String description = property.path("description").asText("");
            if (!description.contains("data key") || !description.contains("[erased]")) {
                problems.add(at + ": @Personal, but its description does not say it is encrypted with the person's"
                        + " data key and reads [erased] after erasure");
            }
        }
    }
}
