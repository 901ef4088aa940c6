package io.salespipeline.platform.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A micro-measure run by hand, never by the build (not a test): the CPU time and the size that
 * encrypting an event's personal fields adds, for an event shaped like LeadQualified (four personal
 * fields of one person), in one thread, keys in memory (a service reads its key from its table in
 * the same transaction: one indexed row, not counted here).
 * <pre>
 * ./mvnw -o -q -pl deploy/platform -am test-compile
 * java -cp deploy/platform/target/test-classes:deploy/platform/target/classes:$(cat /tmp/platform.classpath) \
 *   io.salespipeline.platform.privacy.PersonalFieldsCost
 * </pre>
 */
public final class PersonalFieldsCost {

    record Contact(@Personal(person = "leadId") String name, @Personal(person = "leadId") String email,
            @Personal(person = "leadId") String phone, String company, @Personal(person = "leadId") String jobTitle,
            String country) {
    }

    record Source(String kind, String detail) {
    }

    record Assessment(boolean viable, String reasons, String assessedBy, Instant assessedAt) {
    }

    record Interest(String channel, Instant expressedAt, String topics, String recordedBy, Instant recordedAt) {
    }

    record Qualified(UUID leadId, UUID dealId, Contact contact, Source source, Assessment assessment,
            Interest interest, Instant qualifiedAt, String owner, List<String> sharedWith) {
    }

    record PlainContact(String name, String email, String phone, String company, String jobTitle, String country) {
    }

    record Plain(UUID leadId, UUID dealId, PlainContact contact, Source source, Assessment assessment,
            Interest interest, Instant qualifiedAt, String owner, List<String> sharedWith) {
    }

    private PersonalFieldsCost() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        PersonalFields fields = new PersonalFields();
        fields.json = json;
        fields.keys = new PersonalFieldsTest.Keys();
        Instant at = Instant.parse("2026-11-20T09:31:00Z");
        UUID lead = UUID.randomUUID();
        Qualified event = new Qualified(lead, UUID.randomUUID(),
                new Contact("Ada Lovelace", "ada@analytical-engines.example", "+442079460000", "Analytical Engines Ltd",
                        "CTO", "GB"),
                new Source("CONFERENCE", "SalesConf 2026"), new Assessment(true, "Budget approved for Q1", "sam.seller", at),
                new Interest("MEETING", at, "pipeline analytics", "sam.seller", at), at, "sam.seller", List.of("other.seller"));
        Plain plain = new Plain(event.leadId(), event.dealId(), new PlainContact("Ada Lovelace",
                "ada@analytical-engines.example", "+442079460000", "Analytical Engines Ltd", "CTO", "GB"),
                event.source(), event.assessment(), event.interest(), at, "sam.seller", List.of("other.seller"));
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up; the last one counts
            long start = cpu.getCurrentThreadCpuTime();
            int plainBytes = 0;
            for (int i = 0; i < n; i++) {
                String text = json.writeValueAsString(plain);
                plainBytes = text.getBytes(StandardCharsets.UTF_8).length;
                json.readTree(text);
            }
            long plainNs = cpu.getCurrentThreadCpuTime() - start;
            start = cpu.getCurrentThreadCpuTime();
            int sealedBytes = 0;
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                String text = fields.seal(event, id);
                sealedBytes = text.getBytes(StandardCharsets.UTF_8).length;
                fields.open(json.readTree(text), id.toString());
            }
            long sealedNs = cpu.getCurrentThreadCpuTime() - start;
            System.out.printf("round %d: %d events; plain write+read %.1f us CPU, %d bytes; encrypted write+read "
                    + "%.1f us CPU, %d bytes; encryption adds %.1f us CPU and %d bytes (%.0f %%) per event%n", round, n,
                    plainNs / 1e3 / n, plainBytes, sealedNs / 1e3 / n, sealedBytes, (sealedNs - plainNs) / 1e3 / n,
                    sealedBytes - plainBytes, 100.0 * (sealedBytes - plainBytes) / plainBytes);
        }
    }
}
