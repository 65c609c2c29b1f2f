package io.factdeck.accounts;

import io.factdeck.web.Flash;
import io.factdeck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/** The one-time page that creates the first instructor, guarded by the setup code from the server log. */
@Path("/setup")
@Produces(MediaType.TEXT_HTML)
public class SetupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(String username, FormErrors errors);
    }

    @Inject
    SetupCode setupCode;

    @Inject
    AccountService accounts;

    @GET
    public TemplateInstance form() {
        requireSetupPending();
        return Templates.setup("", FormErrors.none());
    }

    @POST
    public Response create(
            @RestForm("code") String code,
            @RestForm("j_username") String username,
            @RestForm("j_password") String password,
            @RestForm("confirm") String confirm) {
        requireSetupPending();
        String shownName = username == null ? "" : username.trim();
        if (!setupCode.matches(code)) {
            FormErrors errors = new FormErrors()
                    .add("code", "This is not the setup code. Copy it from the server log, where factdeck printed it.");
            return Response.status(422)
                    .entity(Templates.setup(shownName, errors))
                    .build();
        }
        synchronized (setupCode) {
            if (User.instructorExists()) {
                return Response.seeOther(Flash.redirect("/login", Flash.Message.ALREADY_SET_UP))
                        .build();
            }
            try {
                accounts.register(username, password, confirm, Role.INSTRUCTOR);
            } catch (AccountService.InvalidForm e) {
                return Response.status(422)
                        .entity(Templates.setup(shownName, e.errors()))
                        .build();
            }
            setupCode.consume();
        }
        return Response.temporaryRedirect(URI.create(AccountsResource.LOGIN_ACTION))
                .build();
    }

    private void requireSetupPending() {
        if (setupCode.current().isEmpty() || User.instructorExists()) {
            throw new NotFoundException();
        }
    }
}
