package slotbot.app.payments;

import org.springframework.stereotype.Component;
import slotbot.app.dialog.DialogFunction;
import slotbot.app.metrics.BookingMeter;
import slotbot.booking.functions.BookingFunctions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cancel_unpaid_booking(pipeline_id, order_id)} for bot code: {@code cancel_booking}, unless the order has been
 * paid. The demo bot's payment timer (block 8.2) calls it. It locks the booking's row before it looks for the
 * payment, and the payment page locks the same row before it records one, so a payment at the very moment the
 * timer runs out either lands first (the booking is kept: {@code status} false, {@code paid} true) or finds the
 * booking cancelled and is refused; never both.
 */
@Component
class UnpaidBookings implements DialogFunction {

    static final String NAME = "cancel_unpaid_booking";

    private final PayableOrders orders;
    private final BookingFunctions bookings;
    private final BookingMeter meter;

    UnpaidBookings(PayableOrders orders, BookingFunctions bookings, BookingMeter meter) {
        this.orders = orders;
        this.bookings = bookings;
        this.meter = meter;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minArgs() {
        return 2;
    }

    @Override
    public int maxArgs() {
        return 2;
    }

    @Override
    public Object call(List<Object> args, String clientId) {
        Optional<Long> order = orderId(args.get(1));
        if (order.isPresent() && orders.paidAndLocked(order.get())) {
            return Map.of("status", false, "paid", true, "message", "order " + order.get() + " is paid; it stays booked");
        }
        // A malformed order id is cancel_booking's to name.
        return meter.call(BookingMeter.Source.BOT, "cancel_booking", () -> bookings.call("cancel_booking", args, clientId)).value();
    }

    private static Optional<Long> orderId(Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Optional.of(number.longValue());
        }
        if (value instanceof String text && text.strip().matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(text.strip()));
        }
        return Optional.empty();
    }
}
