package io.salespipeline.k8s;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON schemas of the core kinds, read off fabric8's Kubernetes model (generated from the Kubernetes
 * OpenAPI of one release and pinned by its Maven version): every property of every type, closed to
 * unknown fields, int-or-string and quantities as the API takes them. The model carries no "required"
 * lists, so for core kinds a missing field is left to the API server.
 */
final class CoreSchemas {

    /** The core kinds the overlays may use; a kind not listed here has no schema, so it fails. */
    static final List<Class<?>> KINDS = List.of(
            io.fabric8.kubernetes.api.model.ConfigMap.class,
            io.fabric8.kubernetes.api.model.Namespace.class,
            io.fabric8.kubernetes.api.model.Secret.class,
            io.fabric8.kubernetes.api.model.Service.class,
            io.fabric8.kubernetes.api.model.ServiceAccount.class,
            io.fabric8.kubernetes.api.model.apps.Deployment.class,
            io.fabric8.kubernetes.api.model.networking.v1.Ingress.class,
            io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class,
            io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class,
            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class,
            io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class,
            // The Prometheus operator's monitoring.coreos.com/v1, as fabric8 models it.
            io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class,
            io.fabric8.openshift.api.model.monitoring.v1.PodMonitor.class,
            io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class);

    /** The model packages whose types are followed property by property. */
    private static final List<String> MODELS = List.of(
            "io.fabric8.kubernetes.api.model.", "io.fabric8.openshift.api.model.monitoring.");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode definitions = JSON.objectNode();

    private CoreSchemas() {
    }

    /** One standalone schema per kind, in the form {@link SchemaCatalog#addCore} reads. */
    static List<ObjectNode> all() {
        return KINDS.stream().map(CoreSchemas::of).toList();
    }

    /**
     * A CRD's schema with ObjectMeta in place of the open "metadata: {type: object}" every CRD has, so
     * a misspelt label or annotation field fails on custom resources too.
     */
    static ObjectNode withObjectMeta(ObjectNode crdSchema) {
        ObjectNode properties = (ObjectNode) crdSchema.get("properties");
        if (properties == null || properties.path("metadata").has("properties")) {
            return crdSchema;
        }
        CoreSchemas schemas = new CoreSchemas();
        properties.set("metadata", schemas.object(io.fabric8.kubernetes.api.model.ObjectMeta.class));
        crdSchema.set("definitions", schemas.definitions);
        return crdSchema;
    }

    static ObjectNode of(Class<?> kind) {
        CoreSchemas schemas = new CoreSchemas();
        ObjectNode root = schemas.object(kind);
        root.set("definitions", schemas.definitions);
        String group = kind.isAnnotationPresent(Group.class) ? kind.getAnnotation(Group.class).value() : "";
        root.putArray("x-kubernetes-group-version-kind").addObject()
                .put("group", group)
                .put("version", kind.getAnnotation(Version.class).value())
                .put("kind", kind.getSimpleName());
        return root;
    }

    private ObjectNode object(Class<?> type) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null) {
                    String name = property.value().isEmpty() ? field.getName() : property.value();
                    properties.set(name, schemaOf(field.getGenericType()));
                }
            }
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] args = generic.getActualTypeArguments();
            if (raw == List.class) {
                return JSON.objectNode().put("type", "array").set("items", schemaOf(args[0]));
            }
            if (raw == Map.class) {
                return JSON.objectNode().put("type", "object").set("additionalProperties", schemaOf(args[1]));
            }
            return JSON.objectNode();
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (c == Boolean.class || c == boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (c == Double.class || c == Float.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (c == IntOrString.class) {
            return anyOf("integer", "string");
        }
        if (c == Quantity.class) {
            return anyOf("string", "number");
        }
        if (MODELS.stream().anyMatch(c.getName()::startsWith) && !c.isInterface()) {
            String name = c.getName();
            if (!definitions.has(name)) {
                definitions.putObject(name);
                definitions.set(name, object(c));
            }
            return JSON.objectNode().put("$ref", "#/definitions/" + name);
        }
        return JSON.objectNode();
    }

    private static ObjectNode anyOf(String first, String second) {
        ObjectNode schema = JSON.objectNode();
        schema.putArray("anyOf").add(JSON.objectNode().put("type", first)).add(JSON.objectNode().put("type", second));
        return schema;
    }
}
