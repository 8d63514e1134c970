package slotbot.app.waitlist;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import slotbot.app.SettingRefused;
import slotbot.booking.catalog.BookingRules;

import java.time.Duration;

/**
 * {@code slotbot.waitlist.hold}: how long a start freed by a cancel or a move is held for the client longest in line
 * before it passes to the next one. From a minute to a day; checked as it is bound, so a bad value stops the start.
 */
@ConfigurationProperties("slotbot.waitlist")
public record WaitlistSettings(@DefaultValue("15m") Duration hold) {

    static final Duration SHORTEST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofDays(1);

    public WaitlistSettings {
        if (hold.compareTo(SHORTEST) < 0 || hold.compareTo(LONGEST) > 0) {
            throw SettingRefused.of("slotbot.waitlist.hold", "a duration from 1m to 1d such as 15m", shown(hold));
        }
    }

    /** As the setting is written: 90m, 2h, 7d, or seconds when it is not whole minutes. */
    private static String shown(Duration hold) {
        return hold.toSecondsPart() == 0 && hold.getNano() == 0 ? BookingRules.text(hold) : hold.toSeconds() + "s";
    }
}
