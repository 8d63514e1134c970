package slotbot.booking.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours of a branch's night, by its clock ({@code 22:00-08:00}, which passes midnight, or
 * {@code 13:00-15:00}, which does not), when no reminder or follow-up reaches a client. {@code from} is
 * quiet, {@code to} is not. A period that holds a clock change is as long as the day makes it.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("H:mm");

    public QuietHours {
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time: " + from);
        }
    }

    /** Quiet hours written {@code HH:mm-HH:mm}; empty when the text is not such, or starts and ends at once. */
    public static Optional<QuietHours> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalTime from = LocalTime.parse(m.group(1), READ);
            LocalTime to = LocalTime.parse(m.group(2), READ);
            return from.equals(to) ? Optional.empty() : Optional.of(new QuietHours(from, to));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** As the catalog writes it: {@code 22:00-08:00}. */
    public String text() {
        return TIME.format(from) + "-" + TIME.format(to);
    }

    /** One night of quiet hours: from its start, which is quiet, to its end, which is not. */
    public record Night(Instant start, Instant end) {
    }

    /** The quiet period the moment falls in, by the branch's clock; empty when the moment is not quiet. */
    public Optional<Night> around(Instant moment, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(moment, zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean overnight = from.isAfter(to);
        if (!(overnight ? !time.isBefore(from) || time.isBefore(to) : !time.isBefore(from) && time.isBefore(to))) {
            return Optional.empty();
        }
        LocalDate startDay = overnight && time.isBefore(to) ? day.minusDays(1) : day;
        Instant start = at(startDay, from, zone);
        Instant end = at(overnight ? startDay.plusDays(1) : startDay, to, zone);
        // A start inside a skipped hour is moved past it by the zone's rules, maybe past the moment itself.
        return Optional.of(new Night(start.isAfter(moment) ? moment : start, end));
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
