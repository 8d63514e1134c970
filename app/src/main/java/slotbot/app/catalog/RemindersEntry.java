package slotbot.app.catalog;

import slotbot.booking.catalog.BookingRules;
import slotbot.booking.catalog.QuietHours;
import slotbot.booking.catalog.Reminders;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A branch's {@code reminders}, {@code follow_up} and {@code quiet_hours} as the catalog writes them, beside its
 * {@code booking_rules} (contract.md puts them there): {@code reminders: ["24h", "2h"]} before each visit,
 * {@code follow_up: 2h} after its end, {@code quiet_hours: "22:00-08:00"} by the branch's clock. All optional:
 * no reminders, no follow-up, no quiet hours.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RemindersEntry(List<String> reminders, String followUp, String quietHours) {

    /** No reminder comes earlier, and no follow-up later, than a year and a day from the visit. */
    static final Duration MAX = Duration.ofDays(366);
    static final int MAX_REMINDERS = 10;

    static RemindersEntry of(Reminders reminders) {
        return new RemindersEntry(reminders.before().stream().map(BookingRules::text).toList(),
                reminders.followUpAfter().map(BookingRules::text).orElse(null),
                reminders.quiet().map(QuietHours::text).orElse(null));
    }

    /** Read from the branch's own object, where a file and the admin API write them. */
    static RemindersEntry read(Node branch) {
        List<Duration> before = branch.durations(Reminders.REMINDERS, MAX, MAX_REMINDERS, "[\"24h\", \"2h\"]");
        Duration followUp = branch.duration(Reminders.FOLLOW_UP, null, MAX);
        String quiet = branch.name(Reminders.QUIET_HOURS, false, 32);
        QuietHours quietHours = null;
        if (quiet != null && !quiet.isEmpty()) {
            quietHours = QuietHours.parse(quiet).orElse(null);
            if (quietHours == null) {
                branch.problem(branch.at(Reminders.QUIET_HOURS), "expected quiet hours such as \"22:00-08:00\" (from-to by the"
                        + " branch's clock, two different times), got \"" + quiet + "\"");
            }
        }
        return of(new Reminders(before, followUp, quietHours));
    }

    /** A word to an author who put them inside {@code booking_rules}, where they are not read. */
    static void misplacedIn(Node rules, Node branch) {
        for (String field : List.of(Reminders.REMINDERS, Reminders.FOLLOW_UP, Reminders.QUIET_HOURS)) {
            if (rules.has(field)) {
                rules.allow(field);
                rules.problem(rules.at(field), "belongs to the branch beside booking_rules, not inside it: write it at "
                        + branch.at(field));
            }
        }
    }

    Reminders toCore() {
        return new Reminders(reminders.stream().map(BookingRulesEntry::parse).toList(),
                followUp == null ? null : BookingRulesEntry.parse(followUp),
                quietHours == null ? null : QuietHours.parse(quietHours).orElseThrow());
    }

    /** The reminders in minutes as the company table keeps them: {@code 1440,120}, or null for none. */
    String minutesColumn() {
        return reminders.isEmpty() ? null
                : reminders.stream().map(r -> String.valueOf(BookingRulesEntry.parse(r).toMinutes())).collect(Collectors.joining(","));
    }

    Integer followUpMinutes() {
        return followUp == null ? null : (int) BookingRulesEntry.parse(followUp).toMinutes();
    }

    static RemindersEntry ofColumns(String minutes, Integer followUpMinutes, String quietHours) {
        List<Duration> before = minutes == null || minutes.isBlank() ? List.of()
                : Arrays.stream(minutes.split(",")).map(m -> Duration.ofMinutes(Long.parseLong(m.strip()))).toList();
        return of(new Reminders(before, followUpMinutes == null ? null : Duration.ofMinutes(followUpMinutes),
                quietHours == null ? null : QuietHours.parse(quietHours).orElseThrow()));
    }
}
