package io.salespipeline.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The consistency checks can fail: one consistent overlay, then one break at a time. */
class ConsistencyChecksTest {

    private static ConfigurationTable readme;

    @BeforeAll
    static void readme() throws Exception {
        readme = ConfigurationTable.readme(Manifests.root().resolve("../../README.md"));
    }

    private static final String OPERATORS = """
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata: {name: sales}
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaUser
            metadata: {name: lead-service}
            spec: {authentication: {type: scram-sha-512}}
            ---
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: sales-db}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: lead-web-forms}
            spec: {data: [{secretKey: token-secret, remoteRef: {key: lead/web-forms}}]}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: sales-identity}
            data: {MP_JWT_VERIFY_ISSUER: "https://issuer"}
            """;

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: lead-service}
            spec:
              selector: {app: lead}
              ports: [{name: http, port: 8081, targetPort: http}]
            """;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: lead-service}
            spec:
              template:
                metadata: {labels: {app: lead}}
                spec:
                  containers:
                    - name: lead-service
                      ports: [{name: http, containerPort: 8080}, {name: management, containerPort: 9000}]
                      envFrom: [{configMapRef: {name: sales-identity}}]
                      env:
                        - {name: QUARKUS_HTTP_PORT, value: "8080"}
                        - name: QUARKUS_DATASOURCE_PASSWORD
                          valueFrom: {secretKeyRef: {name: sales-db-app, key: password}}
                        - name: KAFKA_SASL_JAAS_CONFIG
                          valueFrom: {secretKeyRef: {name: lead-service, key: sasl.jaas.config}}
                        - name: SALES_WEB_FORMS_TOKEN_SECRET
                          valueFrom: {secretKeyRef: {name: lead-web-forms, key: token-secret}}
                      readinessProbe: {httpGet: {path: /q/health/ready, port: management}}
                      volumeMounts: [{name: kafka-ca, mountPath: /etc/kafka-ca}]
                  volumes:
                    - {name: kafka-ca, secret: {secretName: sales-cluster-ca-cert, items: [{key: ca.p12, path: ca.p12}]}}
            """;

    private static List<String> check(String deployment, String service) {
        List<String> findings = new ArrayList<>(ConsistencyChecks.of(
                Manifests.parse(OPERATORS + "---\n" + deployment + "---\n" + service), readme));
        return findings;
    }


    @Test
    void aConsistentOverlayHasNoFindings() {
        assertEquals(List.of(), check(DEPLOYMENT, SERVICE));
    }

    @Test
    void aSecretNothingCreatesIsAFinding() {
        Findings.one(check(DEPLOYMENT.replace("name: lead-web-forms", "name: lead-forms"), SERVICE),
                "Deployment lead-service", "SALES_WEB_FORMS_TOKEN_SECRET", "Secret lead-forms is not created");
        Findings.one(check(DEPLOYMENT.replace("secretName: sales-cluster-ca-cert", "secretName: kafka-cluster-ca-cert"), SERVICE),
                "volume kafka-ca", "Secret kafka-cluster-ca-cert");
        Findings.one(check(DEPLOYMENT.replace("configMapRef: {name: sales-identity}", "configMapRef: {name: identity}"), SERVICE),
                "ConfigMap identity");
    }

    @Test
    void aKeyTheSecretDoesNotHaveIsAFinding() {
        Findings.one(check(DEPLOYMENT.replace("key: sasl.jaas.config", "key: jaas"), SERVICE), "Secret lead-service has no key jaas");
        Findings.one(check(DEPLOYMENT.replace("key: ca.p12", "key: ca.jks"), SERVICE), "no key ca.jks");
        Findings.one(check(DEPLOYMENT.replace("key: token-secret", "key: secret"), SERVICE), "Secret lead-web-forms has no key secret");
    }

    @Test
    void aProbeOnAnUndeclaredPortIsAFinding() {
        Findings.one(check(DEPLOYMENT.replace("port: management}", "port: admin}"), SERVICE), "readinessProbe", "admin");
    }

    @Test
    void aQuarkusPortThatIsNoContainerPortIsAFinding() {
        Findings.one(check(DEPLOYMENT.replace("value: \"8080\"", "value: \"8081\""), SERVICE), "QUARKUS_HTTP_PORT=8081");
    }

    @Test
    void aServiceTargetingNoPortOrNoPodIsAFinding() {
        Findings.one(check(DEPLOYMENT, SERVICE.replace("targetPort: http", "targetPort: web")), "Service lead-service", "web");
        Findings.one(check(DEPLOYMENT, SERVICE.replace("targetPort: http", "targetPort: 8082")), "Service lead-service", "8082");
        Findings.one(check(DEPLOYMENT, SERVICE.replace("{app: lead}", "{app: leads}")), "matches no pod template");
    }

    @Test
    void aVariableTheReadmeDoesNotDocumentIsAFinding() {
        Findings.one(check(DEPLOYMENT.replace("- {name: QUARKUS_HTTP_PORT, value: \"8080\"}",
                "- {name: QUARKUS_HTTP_PORT, value: \"8080\"}\n            - {name: SALES_UNDOCUMENTED, value: x}"), SERVICE),
                "SALES_UNDOCUMENTED is not in the root README");
    }

    @Test
    void theReadmeTableReadsNamesPrefixesAndSuffixes() {
        assertTrue(readme.documents("QUARKUS_DATASOURCE_USERNAME"));
        assertTrue(readme.documents("QUARKUS_DATASOURCE_PASSWORD"));
        assertTrue(readme.documents("KAFKA_SSL_TRUSTSTORE_LOCATION"));
        assertTrue(readme.documents("JAVA_TOOL_OPTIONS"));
        assertFalse(readme.documents("QUARKUS_DATASOURCE_URL"));
        assertFalse(readme.documents("KAFKA"));
    }
}
