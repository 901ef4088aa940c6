package io.salespipeline.platform.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What encrypting an event's personal fields costs ({@code ./deploy/benchmarks/run.sh crypto}): the
 * platform's own {@link PersonalFields} seals and opens events shaped as the pipeline publishes
 * them, one thread, keys in memory (a service reads its key from its table in the same transaction:
 * one indexed row, not counted). CPU per event is the thread's CPU time, so other load on the
 * machine lengthens the run but hardly the figure; the first rounds warm the JIT and are not kept.
 * Printed: CPU per seal (writing the event's JSON with its fields encrypted) and per open (reading
 * it and decrypting), each less the same step for the event in clear, and the bytes it adds.
 */
public final class SealingCost {

    record Contact(@Personal(person = "leadId") String name, @Personal(person = "leadId") String email,
            @Personal(person = "leadId") String phone, String company, @Personal(person = "leadId") String jobTitle,
            String country) {
    }

    record Assessment(boolean viable, String reasons, String assessedBy, Instant assessedAt) {
    }

    /** LeadQualified's shape: four personal fields of the lead. */
    record LeadQualified(UUID leadId, UUID dealId, Contact contact, Assessment assessment, Instant qualifiedAt,
            String owner, List<String> sharedWith) {
    }

    record Customer(String company, @Personal(person = "dealId") String contactName,
            @Personal(person = "dealId") String contactEmail) {
    }

    record Money(String amount, String currency) {
    }

    record Line(int lineNo, String sku, String name, String quantity, Money unitPrice, String discountPercent,
            String taxRatePercent, Money net, Money tax, Money total) {
    }

    /** ProposalAccepted's shape: contact name, e-mail and the acceptor, sealed with the deal's key. */
    record ProposalAccepted(UUID proposalId, UUID dealId, int version, Customer customer, String currency,
            List<Line> lines, Money total, @Personal(person = "dealId") String acceptedBy, Instant acceptedAt,
            String owner, List<String> sharedWith) {
    }

    /** Keys in memory, as a service's table would hand them out. */
    static final class KeysInMemory extends PersonKeys {
        private final Map<UUID, DataKey> byPerson = new HashMap<>();
        private final Map<UUID, Known> byId = new HashMap<>();

        @Override
        public Optional<DataKey> forPerson(UUID personId) {
            DataKey key = byPerson.computeIfAbsent(personId, p -> new DataKey(UUID.randomUUID(), FieldCipher.newKey()));
            byId.putIfAbsent(key.id(), new Live(key.key()));
            return Optional.of(key);
        }

        @Override
        public Known byId(UUID keyId) {
            return byId.getOrDefault(keyId, new Unknown());
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SealingCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        PersonalFields fields = new PersonalFields();
        fields.json = json;
        fields.keys = new KeysInMemory();
        Instant at = Instant.parse("2026-11-20T09:31:00Z");
        UUID lead = UUID.randomUUID();
        UUID deal = UUID.randomUUID();
        System.out.printf("Encryption of personal fields, %s, %d cores, Java %s, %d events per round%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), n);
        measure("LeadQualified (4 fields)", n, json, fields, new LeadQualified(lead, deal,
                new Contact("Ada Lovelace", "ada@analytical-engines.example", "+44 20 7946 0000",
                        "Analytical Engines Ltd", "CTO", "GB"),
                new Assessment(true, "Budget approved for Q1", "sam.seller", at), at, "sam.seller",
                List.of("other.seller")));
        Money price = new Money("1200.00", "EUR");
        measure("ProposalAccepted (3 fields)", n, json, fields, new ProposalAccepted(UUID.randomUUID(), deal, 2,
                new Customer("Analytical Engines Ltd", "Ada Lovelace", "ada@analytical-engines.example"), "EUR",
                List.of(new Line(1, "PIPE-CRM-SEAT", "Pipeline CRM seat", "12", price, "7.5", "19",
                                new Money("13320.00", "EUR"), new Money("2530.80", "EUR"), new Money("15850.80", "EUR")),
                        new Line(2, "ONBOARD-DAY", "Onboarding day", "2", price, "0", "19",
                                new Money("2400.00", "EUR"), new Money("456.00", "EUR"), new Money("2856.00", "EUR"))),
                new Money("18706.80", "EUR"), "Charles Babbage", at, "sam.seller", List.of()));
    }

    private static void measure(String name, int n, ObjectMapper json, PersonalFields fields, Object event)
            throws Exception {
        UUID[] ids = new UUID[n];
        String[] sealed = new String[n];
        String plain = json.writeValueAsString(event);
        double[] last = null;
        for (int round = 0; round < 4; round++) { // rounds 0-2 warm up; the last one counts
            for (int i = 0; i < n; i++) {
                ids[i] = UUID.randomUUID();
            }
            double writePlain = perEvent(n, i -> write(json, event));
            double seal = perEvent(n, i -> sealed[i] = seal(fields, event, ids[i]));
            double readPlain = perEvent(n, i -> read(json, plain));
            double open = perEvent(n, i -> fields.open(read(json, sealed[i]), ids[i].toString()));
            last = new double[] {writePlain, seal, readPlain, open};
        }
        int plainBytes = plain.getBytes(StandardCharsets.UTF_8).length;
        int sealedBytes = sealed[0].getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("%s: seal %.1f us CPU (%.1f us more than writing it in clear), open %.1f us CPU (%.1f us "
                        + "more than reading it in clear); %d bytes instead of %d: +%d bytes (+%.0f %%) per event%n",
                name, last[1], last[1] - last[0], last[3], last[3] - last[2], sealedBytes, plainBytes,
                sealedBytes - plainBytes, 100.0 * (sealedBytes - plainBytes) / plainBytes);
    }

    /** The thread's CPU time per event for the step, in microseconds. */
    private static double perEvent(int n, IntStep step) {
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            step.run(i);
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1e3 / n;
    }

    private interface IntStep {
        void run(int i);
    }

    private static String write(ObjectMapper json, Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seal(PersonalFields fields, Object event, UUID id) {
        try {
            return fields.seal(event, id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode read(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
