package io.salespipeline.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    private static final ServiceDatabase DATABASE = ServiceDatabase.of("lead");

    @Test
    void dataSurvivesARestartAndOnlyResetRemovesIt() throws SQLException {
        Path dataDir = Path.of("target", "restart-check-" + ProcessHandle.current().pid()).toAbsolutePath();
        try (PostgresServer postgres = PostgresServer.start(dataDir, Ports.free(), true, true)) {
            postgres.ensureDatabase(DATABASE);
            execute(postgres.port(), "create table kept (id int); insert into kept values (42)");
        }
        try (PostgresServer postgres = PostgresServer.start(dataDir, Ports.free(), true, false)) {
            assertEquals(1, count(postgres.port(), "select count(*) from pg_tables where tablename = 'kept'"));
        }
        try (PostgresServer postgres = PostgresServer.start(dataDir, Ports.free(), true, true)) {
            postgres.ensureDatabase(DATABASE);
            assertEquals(0, count(postgres.port(), "select count(*) from pg_tables where tablename = 'kept'"));
        }
    }

    @Test
    void aDurableServerSyncsEveryCommitAndCheckpointsRarely() throws SQLException {
        Path dataDir = Path.of("target", "settings-check-" + ProcessHandle.current().pid()).toAbsolutePath();
        try (PostgresServer postgres = PostgresServer.start(dataDir, Ports.free(), true, true)) {
            postgres.ensureDatabase(DATABASE);
            assertEquals("on", setting(postgres.port(), "fsync"));
            assertEquals("on", setting(postgres.port(), "synchronous_commit"));
            assertEquals("on", setting(postgres.port(), "full_page_writes"));
            assertEquals("512MB", setting(postgres.port(), "shared_buffers"));
            assertEquals("4GB", setting(postgres.port(), "max_wal_size"));
            assertEquals("2GB", setting(postgres.port(), "min_wal_size"));
            assertEquals("15min", setting(postgres.port(), "checkpoint_timeout"));
        }
    }

    private static String setting(int port, String name) throws SQLException {
        try (Connection connection = connect(port);
                ResultSet result = connection.createStatement().executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(int port, String sql) throws SQLException {
        try (Connection connection = connect(port)) {
            connection.createStatement().execute(sql);
        }
    }

    private static int count(int port, String sql) throws SQLException {
        try (Connection connection = connect(port); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection(DATABASE.jdbcUrl(port), DATABASE.user(), DATABASE.password());
    }
}
