package io.factdeck.practice;

import io.factdeck.web.BarChart;
import java.util.List;

/** A student's dashboard: what is due, what was done, how memory holds up. */
public record Dashboard(
        long dueToday,
        long dueTomorrow,
        long newAvailable,
        long reviewsToday,
        int streak,
        Integer retentionPercent,
        long retentionReviews,
        long cardsStarted,
        BarChart forecast,
        BarChart history,
        List<Mastery> mastery) {

    /** Mastery of one topic: cards with a stability of at least 21 days, out of the topic's questions. */
    public record Mastery(String tag, long questions, long started, long mastered) {
        public int percent() {
            return questions == 0 ? 0 : (int) Math.round(100.0 * mastered / questions);
        }
    }

    public boolean hasRetention() {
        return retentionPercent != null;
    }
}
