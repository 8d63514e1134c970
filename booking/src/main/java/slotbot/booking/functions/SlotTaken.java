package slotbot.booking.functions;

/**
 * The store refused a booking because its span overlaps another active booking of the employee:
 * the database's own last line of defence (PostgreSQL's exclusion constraint) speaking.
 */
public class SlotTaken extends RuntimeException {

    public SlotTaken(String message, Throwable cause) {
        super(message, cause);
    }
}
