package io.factdeck.platform;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives form login a stable encryption key, so that sessions survive a restart. A configured
 * {@code quarkus.http.auth.session.encryption-key} wins; otherwise a random key is generated once and kept in
 * {@code <data-dir>/session.key} (owner-only permissions).
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || DataDirectory.value(context, KEY) != null) {
            return List.of();
        }
        String key = readOrCreate(DataDirectory.resolve(context).resolve("session.key"));
        return List.of(new PropertiesConfigSource(Map.of(KEY, key), "factdeck-session-key", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                String key = Base64.getEncoder().encodeToString(bytes);
                try {
                    Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                    restrictToOwner(file);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (key.length() < 16) {
                throw new IllegalStateException("The session key in " + file + " is too short; delete the file");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the session key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system: the data directory's own permissions protect it
        }
    }
}
