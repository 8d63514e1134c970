package slotbot.app.catalog;

import slotbot.booking.catalog.BookingRules;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Duration;

/**
 * A branch's {@code booking_rules} as the catalog writes them, each a duration such as {@code 90m},
 * {@code 2h} or {@code 7d}: absent fields (or an absent object) take the defaults 0, 366d and 0.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BookingRulesEntry(String minNotice, String maxAdvance, String cancelNotice) {

    static final BookingRulesEntry DEFAULT = of(BookingRules.DEFAULT);
    /** No rule reaches further than ten years. */
    static final Duration MAX = Duration.ofDays(3660);

    static BookingRulesEntry of(BookingRules rules) {
        return new BookingRulesEntry(BookingRules.text(rules.minNotice()), BookingRules.text(rules.maxAdvance()),
                BookingRules.text(rules.cancelNotice()));
    }

    /** The rules in minutes, as the company table keeps them. */
    static BookingRulesEntry ofMinutes(int minNotice, int maxAdvance, int cancelNotice) {
        return of(new BookingRules(Duration.ofMinutes(minNotice), Duration.ofMinutes(maxAdvance),
                Duration.ofMinutes(cancelNotice)));
    }

    static BookingRulesEntry read(Node node) {
        if (node == null) {
            return DEFAULT;
        }
        BookingRules d = BookingRules.DEFAULT;
        return of(new BookingRules(node.duration(BookingRules.MIN_NOTICE, d.minNotice(), MAX),
                node.duration(BookingRules.MAX_ADVANCE, d.maxAdvance(), MAX),
                node.duration(BookingRules.CANCEL_NOTICE, d.cancelNotice(), MAX)));
    }

    BookingRules toCore() {
        return new BookingRules(parse(minNotice), parse(maxAdvance), parse(cancelNotice));
    }

    int minNoticeMinutes() {
        return (int) parse(minNotice).toMinutes();
    }

    int maxAdvanceMinutes() {
        return (int) parse(maxAdvance).toMinutes();
    }

    int cancelNoticeMinutes() {
        return (int) parse(cancelNotice).toMinutes();
    }

    /** A duration in the catalog's form ({@code 90m}, {@code 2h}, {@code 7d}), or null when it is not one. */
    static Duration parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("0")) {
            return Duration.ZERO;
        }
        if (!t.matches("\\d{1,7}[mhd]")) {
            return null;
        }
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
