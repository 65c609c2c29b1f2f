package io.factdeck.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * A one-line notice shown after a redirect (post/redirect/get). The redirect carries only a key ({@code ?m=...}),
 * never the text, so a link cannot make the page say anything we did not write.
 */
@RequestScoped
@Named("flash")
public class Flash {

    public enum Message {
        SIGNED_OUT("signed-out", "You are signed out. See you soon."),
        WELCOME("welcome", "Welcome to factdeck! Your account is ready."),
        INSTRUCTOR_CREATED("instructor-created", "Your instructor account is ready."),
        PROMOTED("promoted", "The account is now an instructor account."),
        SETTINGS_SAVED("settings-saved", "Your settings are saved."),
        IMPORTED("imported", "The questions are imported into a new draft bank. Check them, then publish it."),
        PUBLISHED("published", "The bank is published: students can study it now."),
        UNPUBLISHED("unpublished", "The bank is a draft again: students no longer see it. Their progress is kept."),
        NOTHING_TO_PUBLISH("nothing-to-publish", "This bank has no questions yet, so there is nothing to publish."),
        DOCUMENT_PROCESSED("processed", "The document is processed. Review the facts and questions, then publish."),
        SAVED("saved", "Your change is saved."),
        REJECTED("rejected", "Rejected. It stays rejected when the document is processed again."),
        RESTORED("restored", "Restored."),
        REMOVED("removed", "The question is removed. Students' history of it is kept."),
        ALREADY_SET_UP("already-set-up", "factdeck already has an instructor. Sign in to continue.");

        final String key;
        final String text;

        Message(String key, String text) {
            this.key = key;
            this.text = text;
        }

        public String key() {
            return key;
        }

        public String text() {
            return text;
        }

        static Optional<Message> byKey(String key) {
            return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
        }
    }

    @Inject
    UriInfo uriInfo;

    /** The notice for this request, or an empty string. */
    public String getMessage() {
        String key = uriInfo.getQueryParameters().getFirst("m");
        return key == null ? "" : Message.byKey(key).map(Message::text).orElse("");
    }

    /** {@code path?m=key}, for a 303 redirect after a successful POST. */
    public static URI redirect(String path, Message message) {
        return URI.create(path + (path.contains("?") ? "&" : "?") + "m=" + message.key);
    }
}
