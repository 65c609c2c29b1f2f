package io.factdeck.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one-time code that creates the first instructor. While no instructor exists, a random code is printed to the
 * server log at start-up; only someone who can read that log (the person who runs the server) can use the setup
 * page. Once an instructor exists the code is gone and the page answers 404.
 */
@ApplicationScoped
public class SetupCode {

    private static final Logger LOG = Logger.getLogger(SetupCode.class);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    private volatile String code;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!User.instructorExists()) {
            code = generate(new SecureRandom());
            LOG.infof(
                    "%n%n  No instructor account yet. Open http://localhost:%d/setup and enter the setup code %s%n",
                    port, code);
        }
    }

    /** The current code, if the first instructor has not been created yet. */
    public Optional<String> current() {
        return Optional.ofNullable(code);
    }

    /** Compares in constant time, ignoring case, spaces and dashes. */
    boolean matches(String attempt) {
        String expected = code;
        if (expected == null || attempt == null) {
            return false;
        }
        return MessageDigest.isEqual(
                normalize(expected).getBytes(StandardCharsets.UTF_8),
                normalize(attempt).getBytes(StandardCharsets.UTF_8));
    }

    void consume() {
        code = null;
    }

    private static String normalize(String value) {
        return value.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String generate(SecureRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
