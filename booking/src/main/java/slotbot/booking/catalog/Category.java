package slotbot.booking.catalog;

public record Category(long id, long companyId, CategoryType type, String name, String description, boolean active) {
}
