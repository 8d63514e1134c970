package slotbot.app.clients;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import slotbot.app.SettingRefused;
import slotbot.app.errors.BadInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhonesTest {

    private final Phones russia = new Phones("RU");

    @ParameterizedTest
    @ValueSource(strings = {"8 (900) 123-45-67", "+7 900 123-45-67", "9001234567", "+79001234567", "89001234567",
            "7 900 123 45 67", "+7(900)1234567", " 8-900-123-45-67 "})
    void readsEveryUsualFormOfARussianNumberAsTheSameE164(String written) {
        assertThat(russia.e164(written)).contains("+79001234567");
    }

    @Test
    void aNumberWithItsCountryCodeIsReadInThatCountryWhateverTheRegion() {
        assertThat(russia.e164("+49 30 901820")).contains("+4930901820");
        assertThat(new Phones("DE").e164("030 901820")).contains("+4930901820");
        assertThat(new Phones("de").e164("+7 900 123-45-67")).contains("+79001234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "12345", "8 (900) 123-45", "+7 900 123-45-67-89-10", "телефон",
            "+999 123 456 789", "1234567890123456789012345678901234567890123"})
    void whatIsNotAValidNumberDoesNotRead(String written) {
        assertThat(russia.e164(written)).isEmpty();
    }

    @Test
    void requireNamesTheFieldTheExpectedFormAndWhatCame() {
        assertThatThrownBy(() -> russia.require("client.phone", "12345"))
                .isInstanceOf(BadInput.class)
                .hasMessageStartingWith("client.phone: expected a phone number such as +79001234567")
                .hasMessageContaining("got \"12345\"");
        assertThat(russia.e164(null)).isEmpty();
    }

    @Test
    void anUnknownRegionIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new Phones("XX")).isInstanceOf(SettingRefused.class).hasMessageContaining("slotbot.phone-region");
        assertThatThrownBy(() -> new Phones(null)).isInstanceOf(SettingRefused.class);
    }
}
