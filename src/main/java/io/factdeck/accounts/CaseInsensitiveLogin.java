package io.factdeck.accounts;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Usernames are stored in lower case, but people type "Alice". This provider runs before the JPA one: a username
 * that is not in normal form is authenticated again in normal form; a normal one is left to the JPA provider
 * (returning no identity hands the request to the next provider).
 */
@ApplicationScoped
public class CaseInsensitiveLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    IdentityProviderManager identityProviders;

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
        String normalized = AccountRules.normalizeUsername(request.getUsername());
        if (normalized.equals(request.getUsername())) {
            return Uni.createFrom().nullItem();
        }
        return identityProviders.authenticate(
                new UsernamePasswordAuthenticationRequest(normalized, request.getPassword()));
    }
}
