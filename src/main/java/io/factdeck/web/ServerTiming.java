package io.factdeck.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Adds a {@code Server-Timing: app;dur=<ms>} header to every response: the time from receiving the request to
 * sending the headers, which includes the database work and the template rendering. Browsers show it in their
 * developer tools; the latency benchmark reads it.
 */
@ApplicationScoped
public class ServerTiming {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            long start = System.nanoTime();
            rc.addHeadersEndHandler(v -> rc.response()
                    .putHeader(
                            "Server-Timing",
                            String.format(java.util.Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - start) / 1e6)));
            rc.next();
        });
        // a request body over the server's limit is refused before any page code runs: answer it kindly anyway
        router.errorHandler(
                413,
                rc -> rc.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", "text/html;charset=UTF-8")
                        .end(TOO_LARGE));
    }

    static final String TOO_LARGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too large ·"
            + " factdeck</title><link rel=\"stylesheet\" href=\"/css/factdeck.css\"></head><body><main id=\"main\">"
            + "<h1>That was too large</h1><p class=\"lead\">The text or file you sent is larger than factdeck accepts"
            + ". Nothing was saved. Go back, split it into smaller parts and try again.</p>"
            + "<p><a class=\"button\" href=\"/\">Go to the front page</a></p></main></body></html>";
}
