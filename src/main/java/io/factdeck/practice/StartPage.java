package io.factdeck.practice;

import java.util.List;

/** The "what to study" page: what there is, and how much of it is due. */
public record StartPage(
        long dueNow,
        long newToday,
        List<BankChoice> banks,
        List<TagChoice> tags,
        List<KindChoice> kinds,
        List<Integer> decades) {

    public record BankChoice(long id, String title, long questions, long due) {}

    public record TagChoice(String tag, long questions) {}

    public record KindChoice(String kind, String label) {}

    public boolean hasBanks() {
        return !banks.isEmpty();
    }
}
