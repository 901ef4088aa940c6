package io.salespipeline.proposal;

import io.salespipeline.infra.testing.AsyncApiChecks;
import io.salespipeline.platform.access.DealAccessChanged;
import io.salespipeline.platform.privacy.ErasureConfirmed;
import io.salespipeline.platform.privacy.PersonKeyRecord;
import io.salespipeline.platform.stage.DealWon;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.platform.privacy.ErasureRequestData;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * This service's asyncapi.json is an AsyncAPI 3.0 document that tells the events it sends and
 * reads as its records have them (deploy/infra AsyncApiChecks), those of the platform included.
 */
class AsyncApiDocumentTest {

    @TestFactory
    Stream<DynamicTest> documentTellsTheEventsAsTheRecordsHaveThem() {
        return AsyncApiChecks.of("io.salespipeline.proposal")
                .alsoProducing(ErasureConfirmed.class, PersonKeyRecord.class)
                .alsoReading(ErasureRequestData.class, DealAccessChanged.class, PersonKeyRecord.class, DealWon.class)
                .alsoProducing(DealAccessChanged.class, DealAccessChanged.type(Stage.PROPOSAL)).tests();
    }
}
