package io.salespipeline.benchmarks;

import io.salespipeline.infra.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated list imported through POST /api/lead-imports: 100 000 rows, of which 5 % repeat
 * an earlier row's person (duplicates) and 1 % have an invalid e-mail (rejected). Measures the
 * time from upload to COMPLETED and samples the service's heap every 200 ms meanwhile.
 */
final class ImportBenchmark {

    record Result(long rows, long bytes, double seconds, JsonNode outcome, List<long[]> heap) {
    }

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John",
        "Margaret", "Ken", "Radia", "Tim", "Hedy", "Claude", "Katherine", "Niklaus", "Sophie", "Dennis", "Joan", "Linus"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
        "Backus", "Hamilton", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Shannon", "Johnson", "Wirth", "Wilson",
        "Ritchie", "Clarke", "Torvalds"};

    private final Api api;
    private final ServiceProcess service;
    private final ObjectMapper json = new ObjectMapper();

    ImportBenchmark(Api api, ServiceProcess service) {
        this.api = api;
        this.service = service;
    }

    /** Row i (from 0): every 100th (i % 100 == 50) is bad, every 20th (i % 20 == 7) repeats row i - 7. */
    static Path generate(Path file, int rows, String run) {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Name,Email,Phone,Company,Job Title,Country,Notes\n");
            for (int i = 0; i < rows; i++) {
                int person = i % 20 == 7 ? i - 7 : i;
                String email = i % 100 == 50 ? "not-an-address-" + i : "p" + person + "-" + run + "@import.example";
                out.write(FIRST[person % FIRST.length] + " " + LAST[(person / 20) % LAST.length] + " " + person + ","
                        + email + ",\"+49 30 " + (1_000_000 + person) + "\",\"Company " + (person % 5000) + ", GmbH\","
                        + "Buyer,DE,\"Met at booth " + (person % 300) + "\"\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result run(Path file, long rows) throws IOException, InterruptedException {
        List<long[]> heap = new ArrayList<>();
        heap.add(sample(0));
        long started = System.nanoTime();
        HttpResponse<String> accepted = api.send(api.request("/api/lead-imports?sourceKind=EMAIL_LIST"
                + "&sourceDetail=Benchmark%20list&mode=SKIP_BAD_ROWS&fileName=" + file.getFileName())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("Import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        String id = json.readTree(accepted.body()).get("id").asText();
        JsonNode state;
        while (true) {
            heap.add(sample(started));
            state = json.readTree(api.get("/api/lead-imports/" + id));
            String name = state.get("state").asText();
            if (name.equals("COMPLETED") || name.equals("FAILED")) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        heap.add(sample(started));
        return new Result(rows, Files.size(file), seconds, state, heap);
    }

    private long[] sample(long started) {
        long[] used = PackagedService.heapUsed(api.http, service);
        return new long[] {started == 0 ? 0 : (System.nanoTime() - started) / 1_000_000, used[0], used[1]};
    }
}
