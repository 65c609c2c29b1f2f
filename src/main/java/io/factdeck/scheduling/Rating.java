package io.factdeck.scheduling;

/** The four FSRS grades. Hard is a pass with effort, never a fail; Again on a review card is a lapse. */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The FSRS grade number, 1 to 4, as review logs store it. */
    public int grade() {
        return grade;
    }

    /** The rating for a grade number; IllegalArgumentException unless 1 to 4. */
    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("FSRS grade must be 1 to 4, was " + grade);
    }
}
