package io.factdeck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core (bundled in the test jar, no network) on the current page and fails on WCAG 2.x A/AA issues. */
public final class Accessibility {

    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {}

    public static void assertNoViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
        String report =
                results.getViolations().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
        assertEquals("", report, "accessibility violations on " + page);
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget()))
                .limit(5)
                .collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }
}
