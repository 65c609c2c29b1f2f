package io.factdeck.practice;

import io.factdeck.accounts.CurrentAccount;
import io.factdeck.accounts.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** The student home: what is due, a button to study it, and how memory is holding up. */
@Path("/student")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STUDENT, Role.INSTRUCTOR})
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String name, Dashboard dashboard);
    }

    @Inject
    CurrentAccount account;

    @Inject
    DashboardService dashboards;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance show() {
        return Templates.dashboard(account.user().username, dashboards.build(account.id(), clock.instant()));
    }
}
