package io.factdeck.accounts;

import io.factdeck.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** Instructors see the accounts and can make another account an instructor. */
@Path("/instructor/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.INSTRUCTOR)
public class AccountAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<User> users);

        static native TemplateInstance confirmPromotion(User user);
    }

    @Inject
    AccountService accounts;

    @GET
    public TemplateInstance list() {
        return Templates.accounts(accounts.listAccounts());
    }

    /** Asks before giving a student an instructor's powers, which the student keeps until an operator removes them. */
    @GET
    @Path("{id}/promote")
    public TemplateInstance confirmPromotion(@RestPath long id) {
        User user = User.<User>findByIdOptional(id).orElseThrow(NotFoundException::new);
        if (user.isInstructor()) {
            throw new NotFoundException();
        }
        return Templates.confirmPromotion(user);
    }

    @POST
    @Path("{id}/promote")
    public Response promote(@RestPath long id) {
        if (!accounts.promoteToInstructor(id)) {
            throw new NotFoundException();
        }
        return Response.seeOther(Flash.redirect("/instructor/accounts", Flash.Message.PROMOTED))
                .build();
    }
}
