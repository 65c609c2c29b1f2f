package io.factdeck.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The front door for password logins, ahead of the JPA provider: it puts the username in normal form (people type
 * "Alice"; names are stored as "alice"), refuses a username that has just had too many wrong passwords, and then
 * hands the normalized request to the JPA provider, which checks the bcrypt hash.
 */
@ApplicationScoped
public class CaseInsensitiveLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Marks a request this provider has already normalized, so the JPA provider gets it next. */
    static final String NORMALIZED = "factdeck.normalized";

    @Inject
    IdentityProviderManager identityProviders;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Above the JPA provider's (which is {@code SYSTEM_FIRST + 1}), so that this one runs first. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        if (Boolean.TRUE.equals(request.getAttribute(NORMALIZED))) {
            return Uni.createFrom().nullItem(); // the JPA provider's turn
        }
        String username = AccountRules.normalizeUsername(request.getUsername());
        if (throttle.isLocked(username, clock.instant())) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        UsernamePasswordAuthenticationRequest normalized =
                new UsernamePasswordAuthenticationRequest(username, request.getPassword());
        normalized.setAttribute(NORMALIZED, true);
        return identityProviders
                .authenticate(normalized)
                .onItem()
                .invoke(identity -> throttle.succeeded(username))
                .onFailure(AuthenticationFailedException.class)
                .invoke(failure -> throttle.failed(username, clock.instant()));
    }
}
