package slotbot.booking.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Both kinds of category share one id space: a job title of employees, or a category of services. */
public enum CategoryType {
    JOB_TITLE("job_title"),
    SERVICE_CATEGORY("service_category");

    private final String wireName;

    CategoryType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CategoryType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
