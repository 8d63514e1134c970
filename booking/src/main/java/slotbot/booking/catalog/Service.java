package slotbot.booking.catalog;

import java.math.BigDecimal;

/** Something a client books: its price is an exact amount, its duration whole minutes. */
public record Service(long id, long companyId, String title, String description, BigDecimal price,
                      int durationMinutes, Long categoryId, boolean active) {
}
