package io.factdeck.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo mode ({@code FACTDECK_DEMO=true}): seeds a demo instructor and a demo student with a published password, so
 * that someone trying factdeck can look around at once. Off by default; never turn it on for real users.
 */
@ApplicationScoped
public class DemoAccounts {

    static final String PASSWORD = "demo-password-42";
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    @ConfigProperty(name = "factdeck.demo", defaultValue = "false")
    boolean demo;

    @Inject
    AccountService accounts;

    /** Runs before {@link SetupCode} looks for an instructor. */
    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!demo) {
            return;
        }
        seed("demo-instructor", Role.INSTRUCTOR);
        seed("demo-student", Role.STUDENT);
        LOG.warnf("Demo mode: demo-instructor and demo-student can sign in with the password %s", PASSWORD);
    }

    private void seed(String username, String role) {
        if (User.findByUsername(username).isPresent()) {
            return;
        }
        try {
            accounts.register(username, PASSWORD, PASSWORD, role);
        } catch (AccountService.InvalidForm e) {
            throw new IllegalStateException(
                    "demo account rejected: " + e.errors().all());
        }
    }
}
