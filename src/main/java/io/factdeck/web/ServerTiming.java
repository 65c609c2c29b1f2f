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
    }
}
