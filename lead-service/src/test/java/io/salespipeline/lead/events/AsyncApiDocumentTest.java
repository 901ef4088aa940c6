package io.salespipeline.lead.events;

import io.salespipeline.infra.testing.AsyncApiRecords;
import org.junit.jupiter.api.Test;

/** asyncapi.json describes the events this service publishes as their records write them. */
class AsyncApiDocumentTest {

    @Test
    void leadQualified() {
        AsyncApiRecords.assertDescribes("LeadQualified", LeadQualified.class);
    }

    @Test
    void erasureRequested() {
        AsyncApiRecords.assertDescribes("ErasureRequested", ErasureRequested.class);
    }
}
