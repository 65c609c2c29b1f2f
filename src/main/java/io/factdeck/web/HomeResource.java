package io.factdeck.web;

import io.factdeck.accounts.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The public front page and the two role homes. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();

        static native TemplateInstance instructor();
    }

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance index() {
        return Templates.index();
    }

    /** Where login lands: each role has its own home. */
    @GET
    @Path("home")
    @Authenticated
    public Response home() {
        return Response.seeOther(URI.create(identity.hasRole(Role.INSTRUCTOR) ? "/instructor" : "/student"))
                .build();
    }

    @GET
    @Path("instructor")
    @RolesAllowed(Role.INSTRUCTOR)
    public TemplateInstance instructor() {
        return Templates.instructor();
    }
}
