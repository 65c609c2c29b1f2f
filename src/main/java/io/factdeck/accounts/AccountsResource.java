package io.factdeck.accounts;

import io.factdeck.web.Flash;
import io.factdeck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Sign-up, the login page and logout. The login form itself posts to Quarkus' {@code /j_security_check}.
 *
 * <p>After a successful sign-up the response is a 307 redirect to {@code /j_security_check}: the browser repeats
 * the same POST there (the form's fields are named {@code j_username}/{@code j_password}), which signs the new
 * user in through the one login mechanism we have, without a second password form.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountsResource {

    static final String LOGIN_ACTION = "/j_security_check";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(String username, FormErrors errors);

        static native TemplateInstance login(boolean failed);
    }

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("signup")
    public Object signupForm() {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/home")).build();
        }
        return Templates.signup("", FormErrors.none());
    }

    @POST
    @Path("signup")
    public Response signup(
            @RestForm("j_username") String username,
            @RestForm("j_password") String password,
            @RestForm("confirm") String confirm) {
        try {
            accounts.register(username, password, confirm, Role.STUDENT);
        } catch (AccountService.InvalidForm e) {
            return Response.status(422)
                    .entity(Templates.signup(username == null ? "" : username.trim(), e.errors()))
                    .build();
        }
        return Response.temporaryRedirect(URI.create(LOGIN_ACTION)).build();
    }

    @GET
    @Path("login")
    public Object loginForm(@QueryParam("error") String error) {
        if (!identity.isAnonymous() && error == null) {
            return Response.seeOther(URI.create("/home")).build();
        }
        return Templates.login(error != null);
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(Flash.redirect("/", Flash.Message.SIGNED_OUT)).build();
    }
}
