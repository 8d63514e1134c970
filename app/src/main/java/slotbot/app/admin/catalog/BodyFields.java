package slotbot.app.admin.catalog;

import slotbot.app.web.HostileText;
import slotbot.app.web.HostileText.Form;
import slotbot.app.web.JsonBodies;
import slotbot.app.web.JsonBodies.BadBody;
import slotbot.booking.catalog.Schedule;
import slotbot.booking.catalog.WorkingInterval;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one admin request body in the catalog file's forms, refusing the first bad
 * value with a message that names the field, the expected form and the value given.
 */
final class BodyFields {

    static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);
    static final int MAX_DURATION = 24 * 60;
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private final JsonNode json;
    private final String path;

    BodyFields(JsonNode json, String path) {
        this.json = json;
        this.path = path;
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static BadBody refused(String where, String message) {
        return new BadBody(where + ": " + message);
    }

    void allowOnly(Set<String> fields) {
        for (String name : json.propertyNames()) {
            if (!fields.contains(name)) {
                throw refused(at(name), "unknown field; expected one of " + fields.stream().sorted().toList());
            }
        }
    }

    boolean has(String field) {
        return json.has(field);
    }

    JsonNode raw(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value;
    }

    Long optionalId(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        Long id = idOf(value);
        if (id == null) {
            throw refused(at(field), "expected a positive integer id, got " + JsonBodies.show(value));
        }
        return id;
    }

    static Long idOf(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return value.longValue();
        }
        if (value.isString() && value.stringValue().strip().matches("\\d{1,18}") && Long.parseLong(value.stringValue().strip()) > 0) {
            return Long.parseLong(value.stringValue().strip());
        }
        return null;
    }

    /** An id or a name: one line without control characters. */
    String name(String field, boolean required, int maxLength) {
        return text(field, required, maxLength, Form.NAME);
    }

    /** Free text (an address, a description): line breaks are fine, other control characters not. */
    String text(String field, boolean required, int maxLength) {
        return text(field, required, maxLength, Form.TEXT);
    }

    private String text(String field, boolean required, int maxLength, Form form) {
        JsonNode value = raw(field);
        if (value == null) {
            if (required) {
                throw refused(at(field), "required, expected a text of 1 to " + maxLength + " characters");
            }
            return "";
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw refused(at(field), "expected a text of " + (required ? 1 : 0) + " to " + maxLength
                    + " characters, got " + JsonBodies.show(value));
        }
        String text = value.asString().strip();
        if ((required && text.isEmpty()) || text.length() > maxLength) {
            throw refused(at(field), "expected a text of " + (required ? 1 : 0) + " to " + maxLength + " characters, got "
                    + JsonBodies.show(value));
        }
        HostileText.require(at(field), text, form);
        return text;
    }

    boolean flag(String field, boolean defaultValue) {
        JsonNode value = raw(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw refused(at(field), "expected true or false, got " + JsonBodies.show(value));
        }
        return value.booleanValue();
    }

    int integer(String field, int min, int max) {
        JsonNode value = raw(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < min || value.intValue() > max) {
            throw refused(at(field), "expected a whole number from " + min + " to " + max + ", got " + JsonBodies.show(value));
        }
        return value.intValue();
    }

    /** A non-negative amount with at most two decimals, as a number or a numeric text. */
    BigDecimal money(String field) {
        JsonNode value = raw(field);
        BigDecimal amount = null;
        if (value != null && value.isNumber()) {
            amount = JsonBodies.exactDecimal(value);
        } else if (value != null && value.isString() && value.stringValue().strip().matches("\\d{1,10}(\\.\\d{1,2})?")) {
            amount = new BigDecimal(value.stringValue().strip());
        }
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_PRICE) > 0) {
            throw refused(at(field), "expected an amount such as 1500 or 990.50 (not negative, at most 2 decimals), got "
                    + JsonBodies.show(value));
        }
        return amount;
    }

    /** A list of distinct positive ids; absent or null is empty. */
    List<Long> ids(String field, String example) {
        List<Long> ids = new ArrayList<>();
        JsonNode list = raw(field);
        if (list == null) {
            return ids;
        }
        if (!list.isArray()) {
            throw refused(at(field), "expected a list of ids such as " + example + ", got " + JsonBodies.show(list));
        }
        for (int i = 0; i < list.size(); i++) {
            Long id = idOf(list.get(i));
            String where = at(field) + "[" + i + "]";
            if (id == null) {
                throw refused(where, "expected a positive integer id, got " + JsonBodies.show(list.get(i)));
            }
            if (ids.contains(id)) {
                throw refused(where, id + " is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    /** This object as a schedule in the catalog file's form: {weekly: {mon: ["09:00-18:00"]}, dates: {"2030-03-08": []}}. */
    Schedule schedule() {
        allowOnly(Set.of("weekly", "dates"));
        Map<DayOfWeek, List<WorkingInterval>> weekly = new LinkedHashMap<>();
        BodyFields week = object("weekly");
        if (week != null) {
            for (String day : week.json.propertyNames()) {
                if (!DAYS.containsKey(day)) {
                    throw refused(week.at(day), "expected a day as mon, tue, wed, thu, fri, sat or sun");
                }
                weekly.put(DAYS.get(day), week.intervals(day));
            }
        }
        Map<LocalDate, List<WorkingInterval>> dates = new LinkedHashMap<>();
        BodyFields overrides = object("dates");
        if (overrides != null) {
            for (String date : overrides.json.propertyNames()) {
                LocalDate day;
                try {
                    day = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    throw refused(overrides.at(date), "expected a date as yyyy-MM-dd such as 2024-02-08, got \"" + date + "\"");
                }
                dates.put(day, overrides.intervals(date));
            }
        }
        try {
            return new Schedule(weekly, dates);
        } catch (IllegalArgumentException e) {
            throw refused(path.isEmpty() ? "schedule" : path, e.getMessage());
        }
    }

    /** A nested object field, or null when absent. */
    BodyFields object(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw refused(at(field), "expected an object with fields, got " + JsonBodies.show(value));
        }
        return new BodyFields(value, at(field));
    }

    private List<WorkingInterval> intervals(String field) {
        List<WorkingInterval> intervals = new ArrayList<>();
        JsonNode list = raw(field);
        String where = at(field);
        if (list == null) {
            return intervals;
        }
        if (!list.isArray()) {
            throw refused(where, "expected a list of intervals such as [\"09:00-13:00\", \"14:00-18:00\"], got " + JsonBodies.show(list));
        }
        for (int i = 0; i < list.size(); i++) {
            try {
                intervals.add(WorkingInterval.parse(list.get(i).isString() ? list.get(i).stringValue() : list.get(i).toString()));
            } catch (IllegalArgumentException e) {
                throw refused(where + "[" + i + "]", e.getMessage());
            }
        }
        return intervals;
    }
}
