package io.salespipeline.k8s;

import java.util.List;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Custom resources whose schema no registry this build may use publishes in a form that can be
 * closed: CloudNativePG, its Barman Cloud Plugin and External Secrets ship their CRDs only with their
 * releases (npm's kubernetes-models packages carry compiled validators that accept any field). For
 * these kinds only the envelope is checked: apiVersion, kind, the core ObjectMeta, and no top-level
 * field besides spec and status, whose content is left open. -Dk8s.schemas=<folder of the release's
 * CRD files> replaces each of them with the full, closed schema.
 */
final class EnvelopeSchemas {

    /** apiVersion and kind of each custom resource checked by its envelope only. */
    static final List<String[]> KINDS = List.of(
            new String[] {"postgresql.cnpg.io/v1", "Cluster"},
            new String[] {"postgresql.cnpg.io/v1", "Database"},
            new String[] {"postgresql.cnpg.io/v1", "ScheduledBackup"},
            new String[] {"barmancloud.cnpg.io/v1", "ObjectStore"},
            new String[] {"external-secrets.io/v1", "ExternalSecret"},
            new String[] {"external-secrets.io/v1", "ClusterSecretStore"},
            new String[] {"external-secrets.io/v1", "SecretStore"});

    private EnvelopeSchemas() {
    }

    /** Adds the envelope of every listed kind that the catalog has no full schema for yet. */
    static void addMissing(SchemaCatalog catalog) {
        for (String[] k : KINDS) {
            if (catalog.schemaOf(k[0], k[1]) == null) {
                catalog.addEnvelope(k[0], k[1], envelope());
            }
        }
    }

    private static ObjectNode envelope() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode schema = json.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("apiVersion").put("type", "string");
        properties.putObject("kind").put("type", "string");
        properties.putObject("metadata").put("type", "object");
        properties.putObject("spec").put("type", "object").put("x-kubernetes-preserve-unknown-fields", true);
        properties.putObject("status").put("type", "object").put("x-kubernetes-preserve-unknown-fields", true);
        schema.putArray("required").add("spec");
        return CoreSchemas.withObjectMeta(StrictSchema.close(schema));
    }
}
