package io.factdeck.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Facts about this installation that every page may show ({@code inject:site}). */
@ApplicationScoped
@Named("site")
public class Site {

    @ConfigProperty(name = "factdeck.demo", defaultValue = "false")
    boolean demo;

    /** Demo mode: its accounts have a published password, so every page says so. */
    public boolean isDemo() {
        return demo;
    }
}
