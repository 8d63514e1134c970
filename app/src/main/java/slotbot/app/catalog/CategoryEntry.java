package slotbot.app.catalog;

import slotbot.booking.catalog.Category;
import slotbot.booking.catalog.CategoryType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A category of a branch, a job title or a service category: as read, and as the admin API answers it, fields in this order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CategoryEntry(Long id, Long companyId, String type, String name, String description, boolean active)
        implements Entry<CategoryEntry> {

    public static final EntryForm<CategoryEntry> FORM = new EntryForm<>(CategoryEntry::read);
    private static final List<String> TYPES = List.of(CategoryType.JOB_TITLE.wireName(), CategoryType.SERVICE_CATEGORY.wireName());

    static CategoryEntry read(Node n, Use use) {
        return new CategoryEntry(use.id(n), null, n.choice("type", TYPES), n.name("name", true, 200),
                n.text("description", false, 2000), use.active(n));
    }

    @Override
    public CategoryEntry in(long companyId) {
        return new CategoryEntry(id, companyId, type, name, description, active);
    }

    CategoryType kind() {
        return CategoryType.fromWireName(type).orElseThrow();
    }

    Category toCore() {
        return new Category(id, companyId, kind(), name, description, active);
    }
}
