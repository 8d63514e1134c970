package slotbot.app.waitlist;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import slotbot.app.SettingRefused;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** slotbot.waitlist.hold: 15 minutes unless set, from a minute to a day; a bad one stops the start naming it. */
class WaitlistSettingsTest {

    @Test
    void aStartIsHeldFifteenMinutesUnlessSetOtherwise() {
        assertThat(bind(Map.of()).hold()).isEqualTo(Duration.ofMinutes(15));
        assertThat(bind(Map.of("slotbot.waitlist.hold", "2h")).hold()).isEqualTo(Duration.ofHours(2));
        assertThat(bind(Map.of("slotbot.waitlist.hold", "1m")).hold()).isEqualTo(Duration.ofMinutes(1));
        assertThat(bind(Map.of("slotbot.waitlist.hold", "1d")).hold()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void tooShortOrTooLongIsRefusedNamingTheSetting() {
        for (String hold : new String[] {"30s", "0m", "-5m", "25h"}) {
            assertThatThrownBy(() -> bind(Map.of("slotbot.waitlist.hold", hold)))
                    .isInstanceOf(BindException.class)
                    .rootCause().isInstanceOf(SettingRefused.class)
                    .hasMessage("slotbot.waitlist.hold: expected a duration from 1m to 1d such as 15m, got \"" + hold + "\"");
        }
    }

    private static WaitlistSettings bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("slotbot.waitlist", WaitlistSettings.class);
    }
}
