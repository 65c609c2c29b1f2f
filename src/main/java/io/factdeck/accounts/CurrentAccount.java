package io.factdeck.accounts;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * The signed-in account of the current request, looked up once. Resources that act on a person's own data get
 * the account id from here, never from the request, so nobody can act as someone else by changing a form field.
 */
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityIdentity identity;

    private User user;

    /** The signed-in user; a 401 (sending the browser to login) if nobody is signed in. */
    public User user() {
        if (user == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            user = User.findByUsername(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
        }
        return user;
    }

    public long id() {
        return user().id;
    }

    /**
     * The one ownership check: anything that belongs to someone (a card, a session, an answer) is only shown to
     * its owner. For anyone else it does not exist (404), so ids reveal nothing.
     */
    public <T> T requireOwn(T thing, Long ownerId) {
        if (thing == null || ownerId == null || ownerId != id()) {
            throw new NotFoundException();
        }
        return thing;
    }

    public boolean isInstructor() {
        return identity.hasRole(Role.INSTRUCTOR);
    }
}
