package io.salespipeline.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumersTest {

    private final Map<String, List<String>> consumers =
            Consumers.of(Path.of(System.getProperty("sales.root", "../..")).toAbsolutePath().normalize());

    @Test
    void everyHandOffTopicIsTakenInByTheNextStage() {
        assertEquals(List.of("prospect"), consumers.get("sales.lead.qualified"));
        assertEquals(List.of("proposal"), consumers.get("sales.prospect.ready-for-proposal"));
        assertEquals(List.of("contract"), consumers.get("sales.proposal.accepted"));
        // A closed deal is also known upstream: the lead and the prospect become WON, and the proposal
        // stage counts its won revenue.
        assertEquals(List.of("lead", "prospect", "proposal", "fulfillment"), consumers.get("sales.deal.closed"));
    }

    @Test
    void aTopicSeveralServicesConsumeNamesEachOfThem() {
        assertEquals(List.of("lead", "prospect", "proposal", "contract"), consumers.get("sales.deal.lost"));
    }
}
