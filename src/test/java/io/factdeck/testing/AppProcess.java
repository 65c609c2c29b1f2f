package io.factdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged app ({@code target/quarkus-app/quarkus-run.jar}) as a separate process, as a user runs it. */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with the given environment on a free port, and waits until it is ready. */
    public static AppProcess start(Map<String, String> env, Path log) {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Run `./mvnw package` first: " + jar + " is missing");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("FACTDECK_"));
        Map<String, String> all = new HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.putAll(all);
        try {
            AppProcess app = new AppProcess(builder.start(), port, log);
            app.awaitReady(Duration.ofSeconds(90));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hooks run, as after a crash or an OOM kill. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: a normal stop. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the app did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app was not ready within " + timeout + "; see " + log);
    }

    /** The HTTP status of a GET, or -1 if nothing answers. */
    public int status(String path) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(baseUrl() + path).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException notYet) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
