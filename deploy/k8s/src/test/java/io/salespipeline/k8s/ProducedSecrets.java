package io.salespipeline.k8s;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Which Secrets and ConfigMaps an overlay brings into being, and with which keys: its own Secrets and
 * ConfigMaps, ExternalSecret and SealedSecret targets, and the Secrets the operators write (Strimzi:
 * one per KafkaUser and the cluster CA of each Kafka; CloudNativePG: the CA and the app user of each
 * Cluster). A null key set means "any key" (for example an ExternalSecret that pulls a whole entry).
 */
final class ProducedSecrets {

    private static final Set<String> SCRAM_USER = Set.of("password", "sasl.jaas.config");
    private static final Set<String> TLS_USER = Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password");
    private static final Set<String> CLUSTER_CA = Set.of("ca.crt", "ca.p12", "ca.password");
    private static final Set<String> CNPG_CA = Set.of("ca.crt", "ca.key");
    private static final Set<String> CNPG_USER = Set.of("username", "password", "host", "port", "dbname", "user",
            "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri", "pgpass");

    final Map<String, Set<String>> secrets = new HashMap<>();
    final Map<String, Set<String>> configMaps = new HashMap<>();

    static ProducedSecrets of(List<JsonNode> objects) {
        ProducedSecrets produced = new ProducedSecrets();
        for (JsonNode o : objects) {
            String name = o.path("metadata").path("name").asString("");
            switch (o.path("kind").asString("")) {
                case "Secret" -> produced.secrets.put(name, keys(o.path("data"), o.path("stringData")));
                case "ConfigMap" -> produced.configMaps.put(name, keys(o.path("data"), o.path("binaryData")));
                case "ExternalSecret" -> produced.secrets.put(
                        o.path("spec").path("target").path("name").asString(name), externalKeys(o.path("spec")));
                case "SealedSecret" -> produced.secrets.put(
                        o.path("spec").path("template").path("metadata").path("name").asString(name),
                        keys(o.path("spec").path("encryptedData"), o.path("spec").path("template").path("data")));
                case "KafkaUser" -> produced.secrets.put(name,
                        "tls".equals(o.path("spec").path("authentication").path("type").asString("")) ? TLS_USER : SCRAM_USER);
                case "Kafka" -> {
                    produced.secrets.put(name + "-cluster-ca-cert", CLUSTER_CA);
                    produced.secrets.put(name + "-clients-ca-cert", CLUSTER_CA);
                }
                case "Cluster" -> {
                    if (o.path("apiVersion").asString("").startsWith("postgresql.cnpg.io/")) {
                        produced.secrets.put(name + "-ca", CNPG_CA);
                        produced.secrets.put(name + "-app", CNPG_USER);
                    }
                }
                default -> { }
            }
        }
        return produced;
    }

    private static Set<String> keys(JsonNode... maps) {
        Set<String> keys = new java.util.TreeSet<>();
        for (JsonNode map : maps) {
            keys.addAll(map.propertyNames());
        }
        return keys;
    }

    private static Set<String> externalKeys(JsonNode spec) {
        if (!spec.path("dataFrom").isEmpty() || !spec.path("target").path("template").isMissingNode()) {
            return null;
        }
        Set<String> keys = new java.util.TreeSet<>();
        for (JsonNode entry : spec.path("data")) {
            keys.add(entry.path("secretKey").asString());
        }
        return keys;
    }
}
