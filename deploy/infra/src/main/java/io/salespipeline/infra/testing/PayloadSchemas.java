package io.salespipeline.infra.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A message's payload schema against the record that writes or reads it, nested records included. */
final class PayloadSchemas {

    private PayloadSchemas() {
    }

    /**
     * The schema against the Java type: a record is an object whose properties are its fields
     * (all of them when {@code exact}, else a subset), compared field by field with their JSON
     * types ({@link PropertySchemas}); a collection's items against its element type. When
     * {@code exact} (the producer's record) also which fields are required, which may be null and
     * which are sealed personal data.
     */
    static void compare(String at, Type type, JsonNode schemaNode, AsyncApiDocument document, boolean exact,
            List<String> problems) {
        Class<?> raw = raw(type);
        JsonNode schema = document.resolve(schemaNode).orElse(schemaNode);
        if (raw != null && (Collection.class.isAssignableFrom(raw) || raw.isArray())) {
            Type element = element(type);
            if (element != null && raw(element) != null) {
                JsonNode items = document.resolve(schema.path("items")).orElse(schema.path("items"));
                PropertySchemas.type(at + "[]", raw(element), items, false, exact, problems);
                compare(at + "[]", element, items, document, exact, problems);
            }
            return;
        }
        if (!isOwnRecord(raw)) {
            return;
        }
        JsonNode properties = schema.path("properties");
        List<WireField> wireFields = wireFields(raw, false);
        Set<String> fields = new LinkedHashSet<>();
        wireFields.forEach(field -> fields.add(field.name()));
        Set<String> documented = new TreeSet<>();
        properties.fieldNames().forEachRemaining(documented::add);
        Set<String> undocumented = new TreeSet<>(fields);
        undocumented.removeAll(documented);
        if (!undocumented.isEmpty()) {
            problems.add(at + ": the record has " + undocumented + ", the document does not");
        }
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(fields);
        if (exact && !unknown.isEmpty()) {
            problems.add(at + ": the document has " + unknown + ", the record does not");
        }
        if (exact) {
            PropertySchemas.required(at, wireFields, schema, problems);
        }
        for (WireField field : wireFields) {
            RecordComponent component = field.component();
            String name = field.name();
            if (properties.has(name)) {
                JsonNode property = document.resolve(properties.get(name)).orElse(properties.get(name));
                PropertySchemas.type(at + "." + name, component.getType(), property, field.nullable(), exact, problems);
                if (exact) {
                    PropertySchemas.personal(at + "." + name, component, property, problems);
                }
                compare(at + "." + name, component.getGenericType(), property, document, exact, problems);
            }
        }
    }

    /** A property as the record writes it: whether the producer may write it as null, or leave it out. */
    record WireField(RecordComponent component, boolean nullable, boolean optional) {
        String name() {
            return wireName(component);
        }

        boolean alwaysSet() {
            return !nullable && !optional;
        }
    }

    /**
     * The record's properties on the wire: a {@code @JsonUnwrapped} record component's own
     * components take its place (left out, all of them, when it may be null: a null one writes nothing).
     */
    static List<WireField> wireFields(Class<?> record, boolean optional) {
        List<WireField> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean nullable = WireTypes.nullable(component);
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && isOwnRecord(component.getType())) {
                fields.addAll(wireFields(component.getType(), optional || nullable));
            } else {
                fields.add(new WireField(component, nullable, optional));
            }
        }
        return fields;
    }

    private static String wireName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static boolean isOwnRecord(Class<?> type) {
        return type != null && type.isRecord() && !type.getName().startsWith("java.");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    }

    private static Type element(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : null;
    }
}
