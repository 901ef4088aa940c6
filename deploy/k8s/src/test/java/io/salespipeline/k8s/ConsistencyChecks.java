package io.salespipeline.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What a schema cannot see: every Secret and ConfigMap a workload reads exists in the overlay (with the
 * key it reads), probes and the Quarkus port variables point at declared container ports, every
 * Service selects pods and targets one of their ports, and every variable set is in the README's
 * configuration table.
 */
final class ConsistencyChecks {

    private static final Set<String> PORT_VARIABLES = Set.of("QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT");

    private final List<JsonNode> objects;
    private final ProducedSecrets produced;
    private final ConfigurationTable configuration;
    private final List<String> findings = new ArrayList<>();

    private ConsistencyChecks(List<JsonNode> objects, ConfigurationTable configuration) {
        this.objects = objects;
        this.produced = ProducedSecrets.of(objects);
        this.configuration = configuration;
    }

    static List<String> of(List<JsonNode> objects, ConfigurationTable configuration) {
        ConsistencyChecks checks = new ConsistencyChecks(objects, configuration);
        for (JsonNode o : objects) {
            JsonNode pod = podSpec(o);
            if (pod != null) {
                checks.workload(Manifests.describe(o), pod);
            }
            if ("Service".equals(o.path("kind").asString("")) && "v1".equals(o.path("apiVersion").asString(""))) {
                checks.service(o);
            }
        }
        return checks.findings;
    }

    /** The pod spec of a workload, or null for any other object. */
    static JsonNode podSpec(JsonNode o) {
        return switch (o.path("kind").asString("")) {
            case "Deployment", "StatefulSet", "DaemonSet", "Job" -> o.path("spec").path("template").path("spec");
            case "CronJob" -> o.path("spec").path("jobTemplate").path("spec").path("template").path("spec");
            default -> null;
        };
    }

    private void workload(String owner, JsonNode pod) {
        for (JsonNode volume : pod.path("volumes")) {
            String where = owner + " volume " + volume.path("name").asString();
            secret(where, volume.path("secret").path("secretName"), volume.path("secret"), volume.path("secret").path("items"));
            configMap(where, volume.path("configMap").path("name"), volume.path("configMap"), volume.path("configMap").path("items"));
            for (JsonNode source : volume.path("projected").path("sources")) {
                secret(where, source.path("secret").path("name"), source.path("secret"), source.path("secret").path("items"));
                configMap(where, source.path("configMap").path("name"), source.path("configMap"), source.path("configMap").path("items"));
            }
        }
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(list)) {
                container(owner + " container " + container.path("name").asString(), container);
            }
        }
    }

    private void container(String where, JsonNode container) {
        Map<String, Integer> ports = new java.util.HashMap<>();
        for (JsonNode port : container.path("ports")) {
            ports.put(port.path("name").asString(String.valueOf(port.path("containerPort").asInt())),
                    port.path("containerPort").asInt());
        }
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            JsonNode p = container.path(probe);
            for (String handler : List.of("httpGet", "tcpSocket", "grpc")) {
                if (p.has(handler)) {
                    port(where + " " + probe, p.path(handler).path("port"), ports);
                }
            }
        }
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asString();
            documented(where, name);
            JsonNode from = env.path("valueFrom");
            secret(where + " env " + name, from.path("secretKeyRef").path("name"), from.path("secretKeyRef"),
                    keyList(from.path("secretKeyRef")));
            configMap(where + " env " + name, from.path("configMapKeyRef").path("name"), from.path("configMapKeyRef"),
                    keyList(from.path("configMapKeyRef")));
            if (PORT_VARIABLES.contains(name) && env.has("value")
                    && !ports.containsValue(portNumber(env.path("value").asString("")))) {
                findings.add(where + ": " + name + "=" + env.path("value").asString()
                        + " is not one of its container ports " + ports.values());
            }
        }
        for (JsonNode from : container.path("envFrom")) {
            String prefix = from.path("prefix").asString("");
            if (from.has("configMapRef")) {
                Set<String> keys = configMap(where + " envFrom", from.path("configMapRef").path("name"), from.path("configMapRef"), null);
                keys.forEach(k -> documented(where + " envFrom " + from.path("configMapRef").path("name").asString(), prefix + k));
            }
            if (from.has("secretRef")) {
                Set<String> keys = secret(where + " envFrom", from.path("secretRef").path("name"), from.path("secretRef"), null);
                keys.forEach(k -> documented(where + " envFrom " + from.path("secretRef").path("name").asString(), prefix + k));
            }
        }
    }

    private static int portNumber(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private void documented(String where, String variable) {
        if (!configuration.documents(variable)) {
            findings.add(where + ": " + variable + " is not in the root README's configuration table");
        }
    }

    private static JsonNode keyList(JsonNode ref) {
        return ref.has("key") ? Manifests.YAML.createArrayNode().add(Manifests.YAML.createObjectNode().put("key", ref.path("key").asString()))
                : Manifests.YAML.missingNode();
    }

    private Set<String> secret(String where, JsonNode name, JsonNode ref, JsonNode items) {
        return reference(where, "Secret", name, ref, items, produced.secrets);
    }

    private Set<String> configMap(String where, JsonNode name, JsonNode ref, JsonNode items) {
        return reference(where, "ConfigMap", name, ref, items, produced.configMaps);
    }

    /** Checks one reference; answers the keys the referenced object is known to have (empty when none). */
    private Set<String> reference(String where, String kind, JsonNode name, JsonNode ref, JsonNode items,
            Map<String, Set<String>> existing) {
        if (name.isMissingNode() || ref.path("optional").asBoolean(false)) {
            return Set.of();
        }
        if (!existing.containsKey(name.asString())) {
            findings.add(where + ": " + kind + " " + name.asString() + " is not created by any object of the overlay");
            return Set.of();
        }
        Set<String> keys = existing.get(name.asString());
        if (keys == null) {
            return Set.of();
        }
        if (items != null) {
            for (JsonNode item : items) {
                if (!keys.contains(item.path("key").asString())) {
                    findings.add(where + ": " + kind + " " + name.asString() + " has no key " + item.path("key").asString()
                            + " (it has " + keys + ")");
                }
            }
        }
        return keys;
    }

    private void port(String where, JsonNode port, Map<String, Integer> ports) {
        boolean declared = port.isString() ? ports.containsKey(port.asString()) : ports.containsValue(port.asInt());
        if (!declared) {
            findings.add(where + ": port " + port + " is not a container port " + ports);
        }
    }

    private void service(JsonNode service) {
        String where = Manifests.describe(service);
        JsonNode selector = service.path("spec").path("selector");
        if (selector.isEmpty()) {
            return;
        }
        List<Map<String, Integer>> selected = new ArrayList<>();
        for (JsonNode o : objects) {
            JsonNode pod = podSpec(o);
            JsonNode labels = "CronJob".equals(o.path("kind").asString()) ? null : o.path("spec").path("template").path("metadata").path("labels");
            if (pod != null && labels != null && selector.properties().stream()
                    .allMatch(e -> e.getValue().asString().equals(labels.path(e.getKey()).asString(null)))) {
                Map<String, Integer> ports = new java.util.HashMap<>();
                for (JsonNode c : pod.path("containers")) {
                    for (JsonNode p : c.path("ports")) {
                        ports.put(p.path("name").asString(String.valueOf(p.path("containerPort").asInt())), p.path("containerPort").asInt());
                    }
                }
                selected.add(ports);
            }
        }
        if (selected.isEmpty()) {
            findings.add(where + ": its selector " + selector + " matches no pod template of the overlay");
            return;
        }
        for (JsonNode port : service.path("spec").path("ports")) {
            JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
            for (Map<String, Integer> ports : selected) {
                port(where + " port " + port.path("name").asString(port.path("port").asString()), target, ports);
            }
        }
    }
}
