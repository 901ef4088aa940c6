package io.salespipeline.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A real PostgreSQL 17 server from zonky's embedded binaries (Maven Central), no Docker. */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param durable turn fsync, synchronous commit and full-page writes back on (zonky turns
     *                them off for speed): the local run keeps data across crashes, tests need not.
     * @param clean   start from an empty data directory
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean durable, boolean clean) {
        return start(dataDirectory, port, durable, clean, null);
    }

    /**
     * The same for a launcher that stops the server itself, in its own order (after the services
     * that use it): no stop at JVM exit of its own, and the server's output appended to {@code log}.
     */
    public static PostgresServer startForLauncher(Path dataDirectory, int port, Path log) {
        return start(dataDirectory, port, true, false, log);
    }

    private static PostgresServer start(Path dataDirectory, int port, boolean durable, boolean clean, Path log) {
        if (clean) {
            Directories.deleteRecursively(dataDirectory);
        }
        // zonky's own "clean" also deletes the data when the server stops, which would lose the
        // local run's data at the next restart: we clean before starting instead, never after.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("listen_addresses", "localhost");
        if (log != null) {
            builder.setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            sizeForSteadyWrites(builder);
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            requirePasswords(postgres, dataDirectory);
            return new PostgresServer(postgres, dataDirectory);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /**
     * PostgreSQL's defaults fit a tiny machine: 128 MB of buffers, and a checkpoint after every
     * ~540 MB of WAL, which lead intake writes in half a minute. Each checkpoint then makes the
     * next change of every page log the whole page, and new leads queued behind those bursts
     * (deploy/benchmarks/README.md). Here checkpoints come every 15 minutes or 4 GB of WAL, and
     * 2 GB of old WAL segments are kept for reuse, so a commit never waits for PostgreSQL to
     * create and zero-fill a new 16 MB segment once the server has run through its first checkpoint.
     */
    private static void sizeForSteadyWrites(EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("min_wal_size", "2GB")
                .setServerConfig("checkpoint_timeout", "15min");
    }

    /**
     * zonky's initdb trusts every local connection; service roles must present their password
     * (SCRAM). Only the superuser that provisions databases stays trusted, on loopback.
     */
    private static void requirePasswords(EmbeddedPostgres postgres, Path dataDirectory)
            throws IOException, SQLException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), String.join("\n",
                "local all postgres trust",
                "host  all postgres 127.0.0.1/32 trust",
                "host  all postgres ::1/128 trust",
                "local all all scram-sha-256",
                "host  all all 127.0.0.1/32 scram-sha-256",
                "host  all all ::1/128 scram-sha-256", ""));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_reload_conf()");
        }
    }

    /** The postmaster's process id (zonky starts it through pg_ctl, which has exited by now). */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("No postmaster.pid in " + dataDirectory, e);
        }
    }

    /**
     * Completes once the postmaster has ended, however it ended (-1: not our child, its status is
     * unknown); then this server is closed too (its lock on the data directory released), so that
     * a new one may start there.
     */
    public CompletableFuture<Integer> exited() {
        return ProcessHandle.of(pid()).map(ProcessHandle::onExit)
                .orElse(CompletableFuture.completedFuture(null))
                .thenApply(process -> {
                    closeQuietly();
                    return -1;
                });
    }

    private void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // already gone: nothing left to stop
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server as an outage would: open sessions are ended, new connections refused. */
    public void stop() {
        stop(dataDirectory);
    }

    /** Starts the stopped server again, on the same port and data. */
    public void start() {
        start(dataDirectory);
    }

    /**
     * Stops the server that runs on this data directory, whichever class loader or process
     * started it ({@code pg_ctl stop -m fast}: sessions end at once, as when the database fails).
     */
    public static void stop(Path dataDirectory) {
        pgCtl(dataDirectory, "-m", "fast", "-t", "60", "stop");
    }

    /**
     * Starts the server of this data directory again with the binary, port and settings it last
     * ran with: {@code pg_ctl restart} on a stopped server starts it from {@code postmaster.opts}.
     */
    public static void start(Path dataDirectory) {
        pgCtl(dataDirectory, "-t", "60", "-l", dataDirectory.resolveSibling("postgres-restarted.log").toString(),
                "restart");
    }

    private static void pgCtl(Path dataDirectory, String... command) {
        java.util.List<String> arguments = new java.util.ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            // As zonky runs its commands: PostgreSQL refuses to run as root, so as root (containers,
            // CI) it runs in a user namespace of its own.
            arguments.addAll(java.util.List.of("unshare", "-U"));
        }
        arguments.addAll(java.util.List.of(
                binary(dataDirectory).resolveSibling("pg_ctl").toString(), "-D", dataDirectory.toString(), "-w"));
        arguments.addAll(java.util.List.of(command));
        try {
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolveSibling("pg_ctl.log").toFile()).start();
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_ctl " + String.join(" ", command) + " failed on "
                        + dataDirectory + " (see pg_ctl.log beside it)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running pg_ctl", e);
        }
    }

    /** The postgres binary the server last ran: the first word of {@code postmaster.opts}. */
    private static Path binary(Path dataDirectory) {
        try {
            String options = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
            int end = options.indexOf(" \"");
            return Path.of(end < 0 ? options : options.substring(0, end));
        } catch (IOException e) {
            throw new UncheckedIOException("No server has run on " + dataDirectory, e);
        }
    }

    /** Creates the service's role and database unless they exist; the role owns its database. */
    public void ensureDatabase(ServiceDatabase database) {
        ensureDatabase(port(), database);
    }

    /** The same, on any server of ours: the superuser is trusted on loopback (see requirePasswords). */
    public static void ensureDatabase(int port, ServiceDatabase database) {
        try (Connection connection = superuser(port)) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", database.user())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create role \"" + database.user() + "\" login password '"
                            + database.password().replace("'", "''") + "'");
                }
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", database.name())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database \"" + database.name() + "\" owner \"" + database.user() + "\"");
                    // Only the owning role may connect: no service reads another's database.
                    statement.execute("revoke connect on database \"" + database.name() + "\" from public");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare database " + database.name(), e);
        }
    }

    /**
     * Writes every changed page now and lets the WAL before it be reused (the superuser's
     * CHECKPOINT): a benchmark starts a measured phase from a server in steady state, without the
     * previous phase's checkpoint still to come.
     */
    public static void checkpoint(int port) {
        try (Connection connection = superuser(port); Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        } catch (SQLException e) {
            throw new IllegalStateException("CHECKPOINT failed", e);
        }
    }

    /** The superuser is trusted on loopback only (see requirePasswords). */
    private static Connection superuser(int port) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            return statement.executeQuery().next();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
