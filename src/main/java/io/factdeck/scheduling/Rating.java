package io.factdeck.scheduling;

/** How well the student recalled a card; the four FSRS grades. */
public enum Rating {
    /** Forgotten: a lapse for a review card. */
    AGAIN(1),
    /** Recalled with serious difficulty. Still a pass, never a fail. */
    HARD(2),
    /** Recalled. */
    GOOD(3),
    /** Recalled without effort. */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The FSRS grade number, 1 (Again) to 4 (Easy), as stored in review logs. */
    public int grade() {
        return grade;
    }

    /**
     * The rating for an FSRS grade number.
     *
     * @param grade 1 to 4
     * @throws IllegalArgumentException for any other number
     */
    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("FSRS grade must be 1 to 4, was " + grade);
    }
}
