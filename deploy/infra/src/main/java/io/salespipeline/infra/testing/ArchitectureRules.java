package io.salespipeline.infra.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The layering every service keeps, as ArchUnit rules over its production classes (one dynamic
 * test per rule, so a failure names the rule and each offending dependency):
 * <ul>
 * <li>{@code domain} (aggregates, value objects, policies) knows no layer around it: not
 * {@code api}, {@code application}, {@code events} or {@code messaging}, nor HTTP, Kafka, CDI,
 * transactions or the platform's outbox, inbox, web and paging;</li>
 * <li>{@code application} (use cases) never imports {@code messaging} or {@code api}, nor HTTP or
 * Kafka types: consumers map an event to a command and call it;</li>
 * <li>{@code events} (the wire records the service produces) hold only JDK types and records of
 * their own package, so renaming a domain type never changes a Kafka contract (and may mark a
 * field as a person's data with the platform's {@code @Personal}, which the outbox encrypts, and
 * a field the producer may leave null with {@code jakarta.annotation.Nullable}, which the AsyncAPI
 * document's {@code required} and types follow);</li>
 * <li>HTTP resources live in {@code api}, Kafka consumers in {@code messaging};</li>
 * <li>the service's packages are free of cycles.</li>
 * </ul>
 */
public final class ArchitectureRules {

    /** The one platform type a wire record may carry: the mark of a personal field. */
    private static final String PERSONAL = "io.salespipeline.platform.privacy.Personal";
    /** The mark of a field the producer may leave null (AsyncApiChecks reads it). */
    private static final String NULLABLE = "jakarta.annotation.Nullable";

    private final String base;
    private final JavaClasses classes;

    private ArchitectureRules(String base, JavaClasses classes) {
        this.base = base;
        this.classes = classes;
    }

    /** The production classes under {@code basePackage}, e.g. {@code io.salespipeline.fulfillment}. */
    public static ArchitectureRules of(String basePackage) {
        return new ArchitectureRules(basePackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage));
    }

    public Stream<DynamicTest> tests() {
        if (classes.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("classes found under " + base, () -> {
                throw new AssertionError("No production classes under " + base);
            }));
        }
        return rules().entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(),
                () -> rule.getValue().check(classes)));
    }

    Map<String, ArchRule> rules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain imports no api, application, events or messaging", noClasses()
                .that().resideInAPackage(layer("domain"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        layer("api"), layer("application"), layer("events"), layer("messaging")));
        rules.put("domain imports no HTTP, Kafka, CDI, transactions, outbox, inbox, web or paging", noClasses()
                .that().resideInAPackage(layer("domain"))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "org.apache.kafka..", "org.eclipse.microprofile.reactive.messaging..",
                        "io.smallrye.reactive.messaging..", "jakarta.enterprise..", "jakarta.inject..",
                        "jakarta.transaction..", "io.salespipeline.platform.outbox..",
                        "io.salespipeline.platform.inbox..", "io.salespipeline.platform.web..",
                        "io.salespipeline.platform.persistence.."));
        rules.put("application imports no messaging or api", noClasses()
                .that().resideInAPackage(layer("application"))
                .should().dependOnClassesThat().resideInAnyPackage(layer("messaging"), layer("api")));
        rules.put("application imports no HTTP or Kafka types", noClasses()
                .that().resideInAPackage(layer("application"))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "org.apache.kafka..", "org.eclipse.microprofile.reactive.messaging.."));
        rules.put("events hold only JDK types and records of their own package", classes()
                .that().resideInAPackage(layer("events"))
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(layer("events"), "java..")
                        .or(HasName.Predicates.name(PERSONAL)).or(HasName.Predicates.name(NULLABLE))));
        rules.put("HTTP resources live in api", classes()
                .that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().resideInAPackage(layer("api")));
        rules.put("Kafka consumers live in messaging", noClasses()
                .that().resideOutsideOfPackage(layer("messaging"))
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.eclipse.microprofile.reactive.messaging.Incoming"));
        rules.put("packages are free of cycles", slices().matching(base + ".(*)..").should().beFreeOfCycles());
        return rules;
    }

    private String layer(String name) {
        return base + "." + name + "..";
    }
}
