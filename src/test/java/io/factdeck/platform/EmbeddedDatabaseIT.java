package io.factdeck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.testing.AppProcess;
import io.factdeck.testing.WebClient;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app as a newcomer runs it: no database configured, so it starts its own PostgreSQL under the data
 * directory, keeps accounts across restarts, recovers after {@code kill -9}, and stops its database with it; and
 * with a JDBC URL configured it uses that database and starts nothing.
 */
class EmbeddedDatabaseIT {

    static final String PASSWORD = "a long enough password";

    @TempDir
    Path dataDir;

    @AfterEach
    void resetRestAssured() {
        RestAssured.reset();
    }

    @Test
    void keepsAccountsAcrossRestartsAndRecoversFromKill9() throws Exception {
        Path log = dataDir.resolve("app.log");
        Map<String, String> env = Map.of("FACTDECK_DATA_DIR", dataDir.toString());

        try (AppProcess first = AppProcess.start(env, log)) {
            use(first);
            assertEquals(302, new WebClient().signUp("persistent", PASSWORD).statusCode());
            assertEquals(200, first.status("/"));
            assertEquals("on", setting(dataDir, "fsync"), "durability stays on for the user's data");
            assertEquals("on", setting(dataDir, "synchronous_commit"));
            first.stop();
        }
        assertFalse(postgresRunning(dataDir), "a normal stop stops the embedded PostgreSQL too");
        assertTrue(Files.isRegularFile(dataDir.resolve("session.key")));

        AppProcess second = AppProcess.start(env, log);
        use(second);
        WebClient returning = new WebClient();
        assertEquals(302, returning.logIn("persistent", PASSWORD).statusCode());
        assertTrue(returning.hasSessionCookie());
        second.kill();
        assertTrue(postgresRunning(dataDir), "kill -9 leaves the database behind, as a crash would");

        try (AppProcess third = AppProcess.start(env, log)) {
            use(third);
            // the session cookie from before the crash is still valid: same key, same account
            returning.get("/student").then().statusCode(200);
            assertEquals(302, new WebClient().logIn("persistent", PASSWORD).statusCode());
            assertTrue(Files.readString(log).contains("Stopping an orphaned embedded PostgreSQL"));
        }
        assertFalse(postgresRunning(dataDir));
    }

    @Test
    void usesAConfiguredDatabaseAndStartsNothingEmbedded() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of(
                    "FACTDECK_DATA_DIR",
                    dataDir.toString(),
                    "QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
                    "QUARKUS_DATASOURCE_USERNAME",
                    "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD",
                    "postgres");
            try (AppProcess app = AppProcess.start(env, dataDir.resolve("app.log"))) {
                use(app);
                assertEquals(302, new WebClient().signUp("external", PASSWORD).statusCode());
            }
            assertFalse(Files.exists(dataDir.resolve("postgres")), "no embedded database directory");
            try (Connection c = external.getPostgresDatabase().getConnection();
                    ResultSet rs = c.createStatement().executeQuery("select username from app_user")) {
                assertTrue(rs.next());
                assertEquals("external", rs.getString(1));
            }
        }
    }

    private static void use(AppProcess app) {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = app.port();
    }

    /** A server setting of the embedded PostgreSQL, read over JDBC on the port it wrote to postmaster.pid. */
    private static String setting(Path dataDir, String name) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Whether a postgres process from this data directory is alive. */
    private static boolean postgresRunning(Path dataDir) throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = Long.parseLong(lines.get(0).trim());
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
