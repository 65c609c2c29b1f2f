package io.factdeck.platform;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Starts a real PostgreSQL under the data directory when no JDBC URL is configured, so that a newcomer needs
 * nothing but a JDK. It runs only at runtime init: Quarkus also calls config factories during the build, which
 * must never start a database. With {@code quarkus.datasource.jdbc.url} set (for example through
 * {@code QUARKUS_DATASOURCE_JDBC_URL}) nothing is started.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String ENABLED = "factdeck.embedded-db.enabled";
    /** A system property, so that a second call in the same JVM reuses the running server. */
    static final String STARTED_URL = "factdeck.embedded-db.started-url";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);
    private static final int ORDINAL = 150; // below application.properties, so an explicit setting always wins

    private static EmbeddedPostgres server; // zonky's shutdown hook stops it with the JVM

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT) {
            return List.of();
        }
        if (DataDirectory.value(context, JDBC_URL) != null
                || "false".equalsIgnoreCase(DataDirectory.value(context, ENABLED))) {
            return List.of();
        }
        String url = System.getProperty(STARTED_URL);
        if (url == null) {
            url = start(DataDirectory.resolve(context).resolve("postgres"));
            System.setProperty(STARTED_URL, url);
        }
        return List.of(new PropertiesConfigSource(
                Map.of(
                        JDBC_URL,
                        url,
                        "quarkus.datasource.username",
                        "postgres",
                        "quarkus.datasource.password",
                        "postgres"),
                "factdeck-embedded-postgres",
                ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static synchronized String start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            stopOrphanedServer(dataDir);
            LOG.infof("Starting embedded PostgreSQL in %s", dataDir);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky defaults to test settings (fsync and synchronous commit off); this is the user's data
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "50")
                    .start();
            return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postgres child running, holding postmaster.pid; a new server would then
     * wait and fail. Stop such an orphan (only if the pid really is a postgres process) before starting.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean isPostgres = process.flatMap(p -> p.info().command())
                .map(command -> command.endsWith("/postgres"))
                .orElse(false);
        if (!isPostgres) {
            return;
        }
        LOG.warnf("Stopping an orphaned embedded PostgreSQL (pid %d) left by an earlier run", pid);
        ProcessHandle orphan = process.get();
        orphan.destroy(); // SIGTERM: postgres does a smart shutdown, then its data is consistent
        try {
            orphan.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("The orphaned PostgreSQL (pid %d) did not stop within 30 s; killing it", pid);
            orphan.destroyForcibly();
        }
    }
}
