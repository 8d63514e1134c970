package slotbot.booking.catalog;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a branch tells its clients around a visit: a reminder {@code before} each visit by each of these
 * spans of time, a follow-up {@code followUp} after each visit's end, and none of them in its quiet hours.
 *
 * @param before     the reminders, longest first, each above zero (none: no reminders)
 * @param followUp   after the end, or null for no follow-up
 * @param quietHours the branch's night, or null when any hour will do
 */
public record Reminders(List<Duration> before, Duration followUp, QuietHours quietHours) {

    public static final String REMINDERS = "reminders";
    public static final String FOLLOW_UP = "follow_up";
    public static final String QUIET_HOURS = "quiet_hours";

    /** A branch that reminds no one. */
    public static final Reminders NONE = new Reminders(List.of(), null, null);

    public Reminders {
        before = before.stream().sorted(Comparator.reverseOrder()).distinct().toList();
        if (before.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("reminders come before a visit, above zero: " + before);
        }
        if (followUp != null && followUp.isNegative()) {
            throw new IllegalArgumentException("a follow-up comes after a visit: " + followUp);
        }
    }

    public Optional<Duration> followUpAfter() {
        return Optional.ofNullable(followUp);
    }

    public Optional<QuietHours> quiet() {
        return Optional.ofNullable(quietHours);
    }

    public boolean remindsAnything() {
        return !before.isEmpty() || followUp != null;
    }
}
