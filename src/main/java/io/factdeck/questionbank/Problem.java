package io.factdeck.questionbank;

/**
 * One error found in a bank file.
 *
 * @param file the file name, for example {@code questions.yaml}
 * @param line 1-based line number, or 0 when the file has no useful line (a missing file)
 * @param field the field at fault ({@code options}, {@code facts[2]}), or null for syntax errors
 * @param message what is wrong, phrased to follow the field name
 */
public record Problem(String file, int line, String field, String message) {

    /** {@code questions.yaml:120: options must contain the answer}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + (field == null ? message : field + " " + message);
    }
}
