package slotbot.booking.functions;

/** A well-formed request the domain says no to: the slot is taken, the booking is not yours, the time is past. */
class Refusal extends RuntimeException {

    Refusal(String message) {
        super(message);
    }
}
