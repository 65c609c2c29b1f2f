package io.factdeck.authoring;

import io.factdeck.questionbank.FactDate;
import io.factdeck.web.FormErrors;

/** An instructor's correction of a fact: what happened, its date (ISO, decade, century or range) and as written. */
public record FactEdit(String event, String date, String dateText) {

    public FactEdit {
        event = event == null ? "" : event.strip();
        date = date == null ? "" : date.strip();
        dateText = dateText == null ? "" : dateText.strip();
    }

    public FormErrors check() {
        FormErrors errors = new FormErrors();
        if (event.isEmpty() || event.length() > 500) {
            errors.add("event", "Say what happened in 1 to 500 characters, starting with who acted.");
        }
        if (FactDate.parse(date).isEmpty()) {
            errors.add("date", "Write the date as 1995, 1995-07, 1995-07-28, 1980s, 17XX or 1954/1975.");
        }
        if (dateText.isEmpty() || dateText.length() > 200) {
            errors.add("dateText", "Write the date as students should read it, for example July 1995.");
        }
        return errors;
    }
}
