package io.salespipeline.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official AsyncAPI 3.0.0 schema passes a valid document and names each break of a broken one. */
class AsyncApiSchemaTest {

    private static final String VALID = """
            {"asyncapi": "3.0.0", "info": {"title": "Leads", "version": "1.0.0"},
             "channels": {"leadCreated": {"address": "sales.lead.created",
               "messages": {"LeadCreated": {"$ref": "#/components/messages/LeadCreated"}}}},
             "operations": {"publishLeadCreated": {"action": "send", "channel": {"$ref": "#/channels/leadCreated"}}},
             "components": {"messages": {"LeadCreated": {"payload": {"type": "object", "required": ["leadId"],
               "properties": {"leadId": {"type": "string", "format": "uuid"},
                 "name": {"type": "string", "x-encrypted": "pii:v1"}}}}}}}
            """;

    @Test
    void aValidDocumentPasses() {
        assertEquals(List.of(), AsyncApiDocument.parse(VALID).schemaProblems());
    }

    @Test
    void aBrokenDocumentFails() {
        String broken = VALID.replace("\"3.0.0\"", "\"3.0\"").replace("\"send\"", "\"publish\"")
                .replace("\"type\": \"string\", \"format\": \"uuid\"", "\"type\": \"uuid\"")
                .replace("\"address\"", "\"topic\"");
        List<String> problems = AsyncApiDocument.parse(broken).schemaProblems();
        for (String at : List.of("/asyncapi:", "/operations/publishLeadCreated/action:",
                "/channels/leadCreated: property 'topic'", "/components/messages/LeadCreated/payload/properties/leadId/type:")) {
            assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(at)), at + " not in " + problems);
        }
    }

    @Test
    void eachServiceDocumentIsValid() throws Exception {
        Path root = Path.of("../..");
        for (String service : List.of("lead", "prospect", "proposal", "contract", "fulfillment")) {
            Path file = root.resolve(service + "-service/src/main/resources/" + AsyncApiDocument.RESOURCE);
            assertEquals(List.of(), AsyncApiDocument.parse(Files.readString(file)).schemaProblems(), file.toString());
        }
    }
}
