package io.salespipeline.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own single-row insert rate into the same lead table, on the same server, as the
 * service's role: pgbench with a custom script (one INSERT per transaction, prepared), with the
 * per-transaction log for latency percentiles.
 */
final class Pgbench {

    record Result(double tps, Latencies latencies) {
    }

    /** One lead row, as POST /api/leads writes it (same columns and keys, unique e-mail), as one statement. */
    static final String SCRIPT = """
            \\set n random(1, 1000000000)
            \\set r random(1, 1000000000000000000)
            insert into lead (id, version, status, person_name, email, company, job_title, country, attributes, email_key, name_company_key, source_kind, source_detail, created_by, created_at, updated_at) values (gen_random_uuid(), 0, 'NEW', 'Pg Bench ' || :n, 'pg-' || :r || '@pgbench.example', 'Bench ' || (:n % 5000) || ' Ltd', 'Buyer', 'DE', '{}', 'pg-' || :r || '@pgbench.example', 'pg bench ' || :r || '|bench ' || (:n % 5000), 'MANUAL', 'pgbench', 'pgbench', now(), now());
            """;

    static boolean available() {
        try {
            return new ProcessBuilder("pgbench", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(Path workDir, int port, String user, String password, String database, int clients, int seconds) {
        try {
            Files.createDirectories(workDir);
            try (Stream<Path> old = Files.list(workDir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            Path script = Files.writeString(workDir.resolve("insert-lead.sql"), SCRIPT);
            ProcessBuilder builder = new ProcessBuilder("pgbench", "-h", "localhost", "-p", String.valueOf(port),
                    "-U", user, "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j", "2",
                    "-T", String.valueOf(seconds), "-f", script.toString(), "-l",
                    "--log-prefix=" + workDir.resolve("txn"), database)
                    .directory(workDir.toFile()).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", password);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench printed no tps:\n" + output);
            }
            Latencies latencies = new Latencies();
            try (Stream<Path> logs = Files.list(workDir)) {
                for (Path log : logs.filter(file -> file.getFileName().toString().startsWith("txn")).toList()) {
                    for (String line : Files.readAllLines(log)) {
                        String[] fields = line.split(" ");
                        latencies.add(Long.parseLong(fields[2]));
                    }
                }
            }
            return new Result(Double.parseDouble(tps.group(1)), latencies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Pgbench() {
    }
}
