package io.factdeck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Friendly error pages that leak nothing: no stack traces, no exception messages, no SQL. Unexpected errors are
 * logged with an id that the page shows, so a report can be matched with the log.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String text, String errorId);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(
                404, "Page not found", "There is nothing at this address. It may have moved, or the link is wrong.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "Not allowed", "Your account does not have access to this page.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return switch (status) {
            case 404 -> notFound(null);
            case 403 -> forbidden(null);
            case 405 -> page(405, "Not possible here", "This address does not accept that kind of request.");
            case 413 ->
                page(
                        413,
                        "That was too large",
                        "The text or file you sent is larger than factdeck accepts."
                                + " Nothing was saved. Go back, split it into smaller parts and try again.");
            default ->
                page(
                        status,
                        "Request not understood",
                        "The request could not be handled. Please go back and try again.");
        };
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s", errorId);
        return Response.status(500)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(
                                500,
                                "Something went wrong",
                                "We could not complete this request. Nothing you saved before is lost. Please try again in a moment.",
                                errorId)
                        .render())
                .build();
    }

    static Response page(int status, String title, String text) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, text, "").render())
                .build();
    }
}
