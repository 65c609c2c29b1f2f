package io.factdeck.web;

import io.factdeck.accounts.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is looking at the page, for the shared layout ({@code inject:currentUser}). */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isInstructor() {
        return identity.hasRole(Role.INSTRUCTOR);
    }

    public boolean isStudent() {
        return identity.hasRole(Role.STUDENT);
    }
}
