package slotbot.app.text;

import slotbot.app.errors.BadInput;
import org.junit.jupiter.api.Test;
import slotbot.app.text.HostileText.Form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostileTextTest {

    @Test
    void takesOrdinaryTextOfEveryScript() {
        for (String fine : new String[] {"tg-1001", "Барбершоп «Борода»", "Zoë 😀 李", "", "  spaced  "}) {
            assertThat(HostileText.refusal(fine, Form.NAME)).as(fine).isNull();
            assertThat(HostileText.refusal(fine, Form.TEXT)).as(fine).isNull();
            assertThat(HostileText.cleaned(fine)).isSameAs(fine);
        }
        assertThat(HostileText.refusal(null, Form.NAME)).isNull();
    }

    @Test
    void refusesNulAndEveryOtherControlCharacterInANameNamingItAndWhere() {
        assertThat(HostileText.refusal("tg-\u00001", Form.NAME))
                .isEqualTo("expected a text without control characters (no NUL, tab or line break), got a text with"
                        + " U+0000 NULL at character 4");
        for (char c : new char[] {'\u0001', '\t', '\n', '\r', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F'}) {
            assertThat(HostileText.refusal("a" + c, Form.NAME)).as("U+%04X", (int) c)
                    .contains(String.format("U+%04X", (int) c)).contains("at character 2");
        }
    }

    @Test
    void freeTextKeepsTabsAndLineBreaksButNoOtherControlCharacter() {
        assertThat(HostileText.refusal("line one\r\nline\ttwo", Form.TEXT)).isNull();
        assertThat(HostileText.refusal("a\u0000b", Form.TEXT)).contains("U+0000 NULL");
        assertThat(HostileText.refusal("a\u007F", Form.TEXT)).contains("U+007F DELETE");
        assertThat(HostileText.refusal("a\u0085", Form.TEXT)).contains("U+0085");
    }

    @Test
    void refusesAnUnpairedSurrogateButTakesAPair() {
        assertThat(HostileText.refusal("a\uD83D", Form.TEXT)).contains("an unpaired surrogate U+D83D at character 2");
        assertThat(HostileText.refusal("\uDE00a", Form.NAME)).contains("an unpaired surrogate U+DE00 at character 1");
        assertThat(HostileText.refusal("\uD83D\uDE00", Form.NAME)).isNull();
    }

    @Test
    void requireThrowsABadInputNamingTheField() {
        assertThatThrownBy(() -> HostileText.require("client_id", "x\u0000", Form.NAME))
                .isInstanceOf(BadInput.class).hasMessageStartingWith("client_id: expected a text without control");
    }

    @Test
    void cleaningDropsControlCharactersKeepsLineBreaksAndReplacesLoneSurrogates() {
        assertThat(HostileText.cleaned("Мужская\u0000 стрижка\u001B\u0085")).isEqualTo("Мужская стрижка");
        assertThat(HostileText.cleaned("a\tb\r\nc\u007F")).isEqualTo("a\tb\r\nc");
        assertThat(HostileText.cleaned("x\uD83Dy\uD83D\uDE00")).isEqualTo("x\uFFFDy\uD83D\uDE00");
        assertThat(HostileText.cleaned("\u0000\u0000")).isEmpty();
    }
}
