package slotbot.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimerSettingsTest {

    @Test
    void threadsFromOneTo64() {
        assertThat(new SlotbotProperties.Timers(Duration.ofSeconds(1), 1).threads()).isOne();
        assertThat(new SlotbotProperties.Timers(Duration.ofSeconds(1), 64).threads()).isEqualTo(64);
    }

    @Test
    void noThreadsOrTooManyAreRefusedNamingTheSetting() {
        for (int threads : new int[] {0, -1, 65}) {
            assertThatThrownBy(() -> new SlotbotProperties.Timers(Duration.ofSeconds(1), threads))
                    .isInstanceOf(SettingRefused.class)
                    .hasMessage("slotbot.timers.threads: expected a number of threads from 1 to 64 such as 2, got \"" + threads + "\"");
        }
    }
}
