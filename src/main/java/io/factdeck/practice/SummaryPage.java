package io.factdeck.practice;

import java.util.List;

/** The end of a session: how it went, what was missed, and a way to retry those. */
public record SummaryPage(
        long sessionId,
        String title,
        int answered,
        int correct,
        List<Missed> missed,
        long learningLater,
        boolean retry) {

    /** A question answered wrongly at least once in the session. */
    public record Missed(String prompt, String answer) {}

    public int percent() {
        return answered == 0 ? 0 : Math.round(100f * correct / answered);
    }
}
