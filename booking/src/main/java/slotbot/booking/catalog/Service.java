package slotbot.booking.catalog;

import java.math.BigDecimal;

/**
 * Something a client books: its price is an exact amount, its duration whole minutes. Its buffers
 * (minutes) keep the employee busy before a visit it opens and after a visit it closes.
 */
public record Service(long id, long companyId, String title, String description, BigDecimal price,
                      int durationMinutes, Long categoryId, boolean active, int bufferBefore, int bufferAfter) {

    /** No buffer is longer (12 hours): a store finds the bookings whose buffers reach a span within a bounded range. */
    public static final int MAX_BUFFER = 12 * 60;

    public Service {
        if (bufferBefore < 0 || bufferAfter < 0 || bufferBefore > MAX_BUFFER || bufferAfter > MAX_BUFFER) {
            throw new IllegalArgumentException("buffers are 0 to " + MAX_BUFFER + " minutes, got " + bufferBefore
                    + " and " + bufferAfter);
        }
    }

    /** A service without buffers. */
    public Service(long id, long companyId, String title, String description, BigDecimal price, int durationMinutes,
                   Long categoryId, boolean active) {
        this(id, companyId, title, description, price, durationMinutes, categoryId, active, 0, 0);
    }
}
