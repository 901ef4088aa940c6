package io.salespipeline.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The custom-resource schemas the overlays are checked with refuse what the operators would. */
class CustomResourceSchemasTest {

    private static ManifestValidator validator;

    @BeforeAll
    static void load() throws Exception {
        SchemaCatalog catalog = SchemaCatalog.load(StrimziCrds.generated());
        CoreSchemas.all().forEach(catalog::addCore);
        EnvelopeSchemas.addMissing(catalog);
        validator = new ManifestValidator(catalog);
    }

    private static List<String> check(String yaml) {
        return validator.validate(Manifests.parse(yaml).getFirst());
    }



    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata: {name: lead.events, labels: {strimzi.io/cluster: sales}}
            spec: {partitions: 6, replicas: 3, config: {retention.ms: 604800000}}
            """;

    @Test
    void strimziKafkaTopicIsClosed() {
        assertEquals(List.of(), check(TOPIC));
        Findings.one(check(TOPIC.replace("partitions:", "partitons:")), "KafkaTopic lead.events", "/spec:", "partitons");
        Findings.one(check(TOPIC.replace("replicas: 3", "replicas: three")), "/spec/replicas");
        Findings.one(check(TOPIC.replace("kafka.strimzi.io/v1", "kafka.strimzi.io/v1beta2")),
                "no pinned schema for kafka.strimzi.io/v1beta2 KafkaTopic");
    }

    @Test
    void strimziKafkaIsClosedDeepDown() {
        String kafka = """
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata: {name: sales}
                spec:
                  kafka:
                    listeners: [{name: tls, port: 9093, type: internal, tls: true, authentication: {type: scram-sha-512}}]
                  entityOperator: {topicOperator: {}, userOperator: {}}
                """;
        assertEquals(List.of(), check(kafka));
        Findings.some(check(kafka.replace("tls: true", "tsl: true")), "Kafka sales", "/spec/kafka/listeners/0:", "'tsl' is not defined");
        List<String> type = check(kafka.replace("type: internal", "type: intranet"));
        assertTrue(!type.isEmpty() && type.stream().allMatch(f -> f.contains("/spec/kafka/listeners/0/type")), type.toString());
    }

    @Test
    void serviceMonitorIsClosed() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: lead-service}
                spec:
                  selector: {matchLabels: {app: lead-service}}
                  endpoints: [{port: management, path: /q/metrics, interval: 30s}]
                """;
        assertEquals(List.of(), check(monitor));
        Findings.one(check(monitor.replace("interval:", "intervall:")), "ServiceMonitor lead-service", "/spec/endpoints/0:", "intervall");
        Findings.one(check(monitor.replace("selector:", "selectr:")), "/spec:", "selectr");
    }

    @Test
    void kindsWithoutARegistrySchemaHaveTheirEnvelopeChecked() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: sales-db, labels: {app: sales-db}}
                spec: {instances: 3, storage: {size: 50Gi}}
                """;
        assertEquals(List.of(), check(cluster));
        Findings.one(check(cluster.replace("labels:", "lables:")), "Cluster sales-db", "/metadata:", "lables");
        Findings.some(check(cluster.replace("spec:", "sepc:")), "Cluster sales-db", "'sepc' is not defined");
        Findings.one(check(cluster.replace("postgresql.cnpg.io/v1", "postgresql.cnpg.io/v1beta1")),
                "no pinned schema for postgresql.cnpg.io/v1beta1 Cluster");
    }
}
