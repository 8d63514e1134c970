package slotbot.funnel.calc;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedRegexTest {

    @Test
    void nestedQuantifiersStopAtTheStepBudget() {
        Pattern pattern = BoundedRegex.compile("(a+)+b", 0);

        assertThatThrownBy(() -> BoundedRegex.find(pattern, "a".repeat(3_000)))
                .isInstanceOf(CalcException.class)
                .hasMessage("Regular expression is too complex for this text (more than 1000000 steps): simplify it.");
    }

    @Test
    void aRepeatedGroupOfGreedyWildcardsStopsAtTheStepBudget() {
        Pattern pattern = BoundedRegex.compile("(.*a){20}", 0);

        assertThatThrownBy(() -> BoundedRegex.find(pattern, "a".repeat(19) + "b".repeat(3_000)))
                .isInstanceOf(CalcException.class)
                .hasMessageContaining("too complex");
    }

    @Test
    void aGroupRepeatedThousandsOfTimesIsTooComplexInsteadOfAStackOverflow() throws Exception {
        Pattern pattern = BoundedRegex.compile("(a|aa)+$", 0);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        // A thread with a small stack, as a server's may be: the JDK matcher recurses once per repetition.
        Thread small = new Thread(null, () -> {
            try {
                BoundedRegex.find(pattern, "a".repeat(30_000));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(thrown.get()).isInstanceOf(CalcException.class).hasMessageContaining("too complex");
        // On this thread's own stack, 3,000 letters (the case that was a 500): a match or "too complex", never an Error.
        assertThatCode(() -> {
            try {
                BoundedRegex.find(pattern, "a".repeat(3_000));
            } catch (CalcException tooComplex) {
                assertThat(tooComplex).hasMessageContaining("too complex");
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void theBudgetCountsCharactersRead() {
        Pattern pattern = BoundedRegex.compile("a*b", 0);

        // a*b fails at every start: about n²/2 characters read, 125,000 for 500 and 4.5 million for 3,000.
        assertThat(BoundedRegex.find(pattern, "a".repeat(500))).isFalse();
        assertThatThrownBy(() -> BoundedRegex.find(pattern, "a".repeat(3_000))).hasMessageContaining("too complex");
    }

    @Test
    void ordinaryPatternsOnTheLongestInputAreWellWithinTheBudget() {
        assertThat(BoundedRegex.find(BoundedRegex.compile("^\\d{4}$", 0), "2024")).isTrue();
        assertThat(BoundedRegex.find(BoundedRegex.compile("\\d+", 0), "7".repeat(4_096))).isTrue();
        assertThat(BoundedRegex.find(BoundedRegex.compile("стрижк[аи]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                "x ".repeat(2_000) + "СТРИЖКА")).isTrue();
    }

    @Test
    void aPatternIsRefusedWhenTooLongOrInvalid() {
        assertThatThrownBy(() -> BoundedRegex.compile("a".repeat(501), 0))
                .hasMessage("Regular expression is too long: at most 500 characters, got 501.");
        assertThatThrownBy(() -> BoundedRegex.compile("(", 0)).hasMessage("Invalid regular expression: Unclosed group.");
    }
}
