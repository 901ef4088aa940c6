package io.salespipeline.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Checks a service's AsyncAPI document against a record it publishes: the channel that carries
 * the message has the record's {@code TOPIC} as its address, the message's {@code ce_type} is
 * the record's {@code TYPE}, and the payload's properties are the record's components (nested
 * records and lists of them too), each with the JSON type its Java type is written as. A field
 * renamed, added or dropped on one side fails the check.
 */
public final class AsyncApiRecords {

    private AsyncApiRecords() {
    }

    /** The document of a service module: {@code src/main/resources/META-INF/resources/asyncapi.json}. */
    public static void assertDescribes(String message, Class<? extends Record> record) {
        assertDescribes(Path.of("src/main/resources/META-INF/resources/asyncapi.json"), message, record);
    }

    public static void assertDescribes(Path document, String message, Class<? extends Record> record) {
        JsonPath json = JsonPath.from(document.toFile());
        Map<String, Object> spec = json.getMap("components.messages." + message);
        assertNotNull(spec, "the document has no message " + message);
        String ref = "#/components/messages/" + message;
        Map<String, Map<String, Object>> channels = json.getMap("channels");
        String address = channels.values().stream()
                .filter(channel -> String.valueOf(channel.get("messages")).contains(ref))
                .map(channel -> (String) channel.get("address")).findFirst().orElse(null);
        assertEquals(constant(record, "TOPIC"), address, message + ": the channel's address");
        assertEquals(constant(record, "TYPE"),
                json.getString("components.messages." + message + ".headers.properties.ce_type.const"),
                message + ": ce_type");
        assertObject(message, json.getMap("components.messages." + message + ".payload"), record);
    }

    @SuppressWarnings("unchecked")
    private static void assertObject(String where, Map<String, Object> schema, Class<?> record) {
        assertNotNull(schema, where + ": no schema");
        assertTrue(types(schema).contains("object"), where + ": not an object");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        Set<String> documented = new TreeSet<>(properties == null ? Set.of() : properties.keySet());
        Set<String> written = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            written.add(component.getName());
        }
        assertEquals(written, documented, where + ": the payload's fields");
        for (RecordComponent component : record.getRecordComponents()) {
            assertValue(where + "." + component.getName(), properties.get(component.getName()),
                    component.getType(), component.getGenericType());
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertValue(String where, Map<String, Object> schema, Class<?> type, Type generic) {
        List<String> types = types(schema);
        if (type.isRecord()) {
            assertObject(where, schema, type);
        } else if (Collection.class.isAssignableFrom(type)) {
            assertTrue(types.contains("array"), where + ": documented as " + types + ", written as an array");
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) (element instanceof ParameterizedType p ? p.getRawType() : element);
            assertValue(where + "[]", (Map<String, Object>) schema.get("items"), elementClass, element);
        } else {
            String expected = jsonType(type);
            assertTrue(types.contains(expected) || expected.equals("integer") && types.contains("number"),
                    where + ": documented as " + types + ", written as " + expected);
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "number";
        }
        if (type == String.class || type == UUID.class || type.isEnum() || Temporal.class.isAssignableFrom(type)) {
            return "string";
        }
        throw new AssertionError("not a wire type (JDK types and records only): " + type.getName());
    }

    @SuppressWarnings("unchecked")
    private static List<String> types(Map<String, Object> schema) {
        assertNotNull(schema, "no schema");
        Object type = schema.get("type");
        return type instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(type));
    }

    private static String constant(Class<?> record, String name) {
        try {
            return (String) record.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(record.getSimpleName() + " has no public constant " + name, e);
        }
    }
}
