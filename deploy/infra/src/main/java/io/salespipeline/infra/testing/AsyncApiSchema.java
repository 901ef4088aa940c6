package io.salespipeline.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official AsyncAPI 3.0.0 JSON schema ({@value #RESOURCE}: {@code schemas/3.0.0-without-$id.json}
 * of the {@code @asyncapi/specs} npm package 6.11.1, Apache-2.0, unchanged), validated with the
 * networknt validator: what {@code asyncapi validate} checks of a document's structure, without
 * Node or a download in the build.
 */
final class AsyncApiSchema {

    static final String RESOURCE = "asyncapi/asyncapi-3.0.0.schema.json";

    /** Loaded once per test JVM: parsing the 370 kB schema costs more than validating a document. */
    private static final Schema SCHEMA = load();

    private AsyncApiSchema() {
    }

    /** Each way the document breaks the schema, with where: empty if it is a valid AsyncAPI 3.0.0 document. */
    static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).distinct().toList();
    }

    private static Schema load() {
        try (InputStream in = AsyncApiSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
