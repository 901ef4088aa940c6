package io.salespipeline.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * A service's AsyncAPI document ({@link AsyncApiDocument}) checked against its code, one dynamic
 * test per fact:
 * <ul>
 * <li>it is valid against the official AsyncAPI 3.0.0 JSON schema ({@link AsyncApiSchema});</li>
 * <li>it is an AsyncAPI 3.0 document: channels with addresses, send/receive operations, messages
 * with object payloads, every {@code $ref} resolving;</li>
 * <li>every event the service produces (the records of its {@code events} package with a
 * {@code TOPIC} and a {@code TYPE}, plus {@link #alsoProducing platform records}) is a message on
 * the channel of its topic, sent by an operation, whose {@code ce_type} is its {@code TYPE} and
 * whose payload properties are exactly the record's fields, nested records included, each with
 * the JSON type and format it is written as ({@link WireTypes}); {@code required} lists exactly
 * the fields not marked {@code @Nullable}, whose types alone allow null; and exactly the
 * {@code @Personal} fields carry {@code "x-encrypted": "pii:v1"} ({@link PropertySchemas});</li>
 * <li>every event it reads (the {@code *Data} records of its {@code messaging} package, plus
 * {@link #alsoReading platform records}) reads only documented properties, of the types it reads
 * them as, of a received message:
 * the message on the channel its consumer reads ({@code @Incoming} channel and its configured
 * topic), else on the channel of its {@code TOPIC}, else the message named like the record
 * without {@code Data};</li>
 * <li>every topic it consumes ({@code mp.messaging.incoming.*.topic}) is a channel it receives on.</li>
 * </ul>
 */
public final class AsyncApiChecks {

    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";

    private final String base;
    private final List<Class<?>> produced = new ArrayList<>();
    private final List<Class<?>> read = new ArrayList<>();
    /** The topic each record of {@code messaging} is consumed from, by the consumer that reads it. */
    private final Map<Class<?>, String> consumedFrom = new HashMap<>();
    /** The CloudEvent type of a produced record that has no {@code TYPE} of its own. */
    private final Map<Class<?>, String> producedAs = new HashMap<>();

    private AsyncApiChecks(String base) {
        this.base = base;
    }

    /** The service whose classes are under {@code basePackage}, e.g. {@code io.salespipeline.fulfillment}. */
    public static AsyncApiChecks of(String basePackage) {
        AsyncApiChecks checks = new AsyncApiChecks(basePackage);
        checks.produced.addAll(records(basePackage + ".events", type -> staticText(type, "TOPIC").isPresent()));
        checks.read.addAll(records(basePackage + ".messaging", type -> type.getSimpleName().endsWith("Data")));
        checks.consumedFrom.putAll(consumedTopics(basePackage + ".messaging"));
        return checks;
    }

    /** Records the service publishes through the platform (e.g. the erasure confirmation). */
    public AsyncApiChecks alsoProducing(Class<?>... records) {
        produced.addAll(List.of(records));
        return this;
    }

    /**
     * A platform record the service publishes under a CloudEvent type of its own (the record has
     * no {@code TYPE}, e.g. {@code DealAccessChanged.type(Stage.LEAD)}).
     */
    public AsyncApiChecks alsoProducing(Class<?> record, String ceType) {
        produced.add(record);
        producedAs.put(record, ceType);
        return this;
    }

    /** Records the service reads through the platform (e.g. the erasure request). */
    public AsyncApiChecks alsoReading(Class<?>... records) {
        read.addAll(List.of(records));
        return this;
    }

    public Stream<DynamicTest> tests() {
        AsyncApiDocument document = AsyncApiDocument.load();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("asyncapi.json is valid against the AsyncAPI 3.0.0 JSON schema",
                () -> assertNone(document.schemaProblems())));
        tests.add(DynamicTest.dynamicTest("asyncapi.json is an AsyncAPI 3.0 document",
                () -> assertNone(document.shapeProblems())));
        if (produced.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("events are found", () -> Assertions.fail(
                    "No records with a TOPIC under " + base + ".events")));
        }
        produced.forEach(type -> tests.add(DynamicTest.dynamicTest(type.getSimpleName() + " is documented as sent",
                () -> assertNone(sent(document, type, producedAs.get(type))))));
        read.forEach(type -> tests.add(DynamicTest.dynamicTest(type.getSimpleName() + " reads documented fields",
                () -> assertNone(received(document, type, consumedFrom.get(type))))));
        incomingTopics().forEach(topic -> tests.add(DynamicTest.dynamicTest(topic + " is documented as received",
                () -> assertNone(document.channel(topic)
                        .filter(channel -> document.hasOperation("receive", channel.getKey())).isPresent() ? List.of()
                        : List.of("no channel at " + topic + " with a receive operation")))));
        return tests.stream();
    }

    private static List<String> sent(AsyncApiDocument document, Class<?> type, String ceType) {
        String topic = staticText(type, "TOPIC").orElse(null);
        String eventType = ceType != null ? ceType : staticText(type, "TYPE").orElse(null);
        Optional<Map.Entry<String, JsonNode>> channel = topic == null ? Optional.empty() : document.channel(topic);
        if (channel.isEmpty()) {
            return List.of("no channel at its TOPIC " + topic);
        }
        List<String> problems = new ArrayList<>();
        if (!document.hasOperation("send", channel.get().getKey())) {
            problems.add("no send operation on channel " + channel.get().getKey());
        }
        List<Map.Entry<String, JsonNode>> messages = document.messages(channel.get().getValue());
        Optional<JsonNode> message = messages.stream().filter(m -> m.getKey().equals(type.getSimpleName()))
                .map(Map.Entry::getValue).findFirst()
                .or(() -> messages.size() == 1 ? Optional.of(messages.get(0).getValue()) : Optional.empty());
        if (message.isEmpty()) {
            problems.add("channel " + channel.get().getKey() + " has no message " + type.getSimpleName());
            return problems;
        }
        String documentedType = message.get().path("headers").path("properties").path("ce_type").path("const")
                .asText(null);
        if (eventType == null || !eventType.equals(documentedType)) {
            problems.add("ce_type is documented as " + documentedType + ", the record's TYPE is " + eventType);
        }
        PayloadSchemas.compare("payload", type, message.get().path("payload"), document, true, problems);
        return problems;
    }

    private static List<String> received(AsyncApiDocument document, Class<?> type, String consumedTopic) {
        String name = type.getSimpleName().replaceFirst("Data$", "");
        Optional<String> topic = Optional.ofNullable(consumedTopic).or(() -> staticText(type, "TOPIC"));
        Optional<Map.Entry<String, JsonNode>> channel = topic.isPresent() ? document.channel(topic.get())
                : document.channelWithMessage(name);
        if (channel.isEmpty()) {
            return List.of(topic.map(t -> "no channel at " + t)
                    .orElse("no consumer of it, no TOPIC and no message " + name + " in the document"));
        }
        List<String> problems = new ArrayList<>();
        if (!document.hasOperation("receive", channel.get().getKey())) {
            problems.add("no receive operation on channel " + channel.get().getKey());
        }
        List<Map.Entry<String, JsonNode>> messages = document.messages(channel.get().getValue());
        JsonNode message = messages.stream().filter(m -> m.getKey().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElse(messages.isEmpty() ? null : messages.get(0).getValue());
        if (message == null) {
            problems.add("channel " + channel.get().getKey() + " has no message");
            return problems;
        }
        PayloadSchemas.compare("payload", type, message.path("payload"), document, false, problems);
        return problems;
    }

    private static Optional<String> staticText(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    ? Optional.ofNullable((String) field.get(null)) : Optional.empty();
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return Optional.empty();
        }
    }

    private static List<Class<?>> records(String pkg, java.util.function.Predicate<Class<?>> which) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pkg).stream().filter(c -> c.getPackageName().equals(pkg) && c.isTopLevelClass())
                .map(JavaClass::reflect).filter(Class::isRecord).filter(which)
                .sorted(Comparator.comparing(Class::getSimpleName)).<Class<?>>map(c -> c).toList();
    }

    /**
     * Each record read by a consumer ({@code @Incoming("channel")} method of a class that uses it),
     * with the topic of that channel ({@code mp.messaging.incoming.<channel>.topic}, else the channel name).
     */
    private static Map<Class<?>, String> consumedTopics(String pkg) {
        Properties config = applicationProperties();
        Map<Class<?>, String> topics = new HashMap<>();
        for (JavaClass consumer : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pkg)) {
            consumer.getMethods().stream().filter(m -> m.isAnnotatedWith(INCOMING)).forEach(method -> {
                String channel = String.valueOf(method.getAnnotationOfType(INCOMING).get("value").orElse(""));
                String topic = config.getProperty("mp.messaging.incoming." + channel + ".topic", channel);
                consumer.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                        .filter(target -> target.getPackageName().equals(pkg) && target.isRecord())
                        .forEach(target -> topics.putIfAbsent(target.reflect(), topic));
            });
        }
        return topics;
    }

    private static List<String> incomingTopics() {
        Properties properties = applicationProperties();
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic"))
                .map(properties::getProperty).sorted().toList();
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void assertNone(List<String> problems) {
        Assertions.assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
