package io.factdeck.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the shared layout. Error pages are rendered for requests that never reached the CSRF filter
 * (an unknown address, a refused role); they get no token, and their forms are not shown.
 */
@RequestScoped
@Named("forms")
public class FormTokens {

    @Inject
    CsrfTokenParameterProvider csrf;

    public boolean isAvailable() {
        return !getToken().isEmpty();
    }

    public String getToken() {
        try {
            String token = csrf.getToken();
            return token == null ? "" : token;
        } catch (IllegalStateException notFiltered) {
            return "";
        }
    }

    public String getParameterName() {
        return csrf.getParameterName();
    }

    public String getHeaderName() {
        return csrf.getHeaderName();
    }
}
