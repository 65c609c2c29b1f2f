package io.factdeck.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;

/**
 * Where factdeck keeps its state on disk: the embedded database and the session key. Read straight from the
 * config context, because the config sources that need it run before CDI and typed config exist.
 */
final class DataDirectory {

    static final String PROPERTY = "factdeck.data-dir";
    static final String DEFAULT = "data";

    private DataDirectory() {}

    static Path resolve(ConfigSourceContext context) {
        String configured = value(context, PROPERTY);
        return Path.of(configured == null ? DEFAULT : configured)
                .toAbsolutePath()
                .normalize();
    }

    /** The non-blank value of a property, or null. */
    static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return null;
        }
        return value.getValue().trim();
    }
}
