package slotbot.booking.functions;

import slotbot.booking.calendar.BookingEventListener;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The booking functions of the seed, by their names, for every caller: the HTTP function API and
 * bot code alike. A call never throws for anything its caller sends: a malformed argument or a
 * refusal comes back as {@code {"status": false, "message": ...}}.
 */
public final class BookingFunctions {

    private final Clock clock;
    private final Map<String, Function<Call, Object>> functions = new LinkedHashMap<>();

    public BookingFunctions(BookingData data, Clock clock, BookingEventListener events, RandomGenerator random) {
        this.clock = clock;
        CatalogFunctions catalog = new CatalogFunctions(data);
        AvailabilityFunctions availability = new AvailabilityFunctions(data, catalog);
        BookingActions actions = new BookingActions(data, catalog, availability, events, random);
        ClientBookings bookings = new ClientBookings(data);
        InfoDigest digest = new InfoDigest(data, availability);
        functions.put("get_companies_for_booking", catalog::companies);
        functions.put("get_categories_for_booking", catalog::categories);
        functions.put("get_employees_for_booking", catalog::employees);
        functions.put("get_services_for_booking", catalog::services);
        functions.put("get_dates_for_booking", availability::dates);
        functions.put("get_slots_for_booking", availability::slots);
        functions.put("create_booking", actions::create);
        functions.put("get_bookings_info", bookings::info);
        functions.put("modify_booking_time", actions::move);
        functions.put("cancel_booking", actions::cancel);
        functions.put("get_active_order_booking_info", bookings::nearest);
        functions.put("create_booking_by_name", actions::createByName);
        functions.put("get_info_for_booking", digest::digest);
    }

    public Set<String> names() {
        return functions.keySet();
    }

    public boolean has(String name) {
        return functions.containsKey(name);
    }

    /**
     * Calls a function by name.
     *
     * @param args     positional arguments as JSON or bot code gives them (numbers, strings, lists, null)
     * @param clientId the client in the chat on whose behalf the call is made, or null
     * @throws IllegalArgumentException for a name that is not one of {@link #names()}
     */
    public FunctionResult call(String name, List<?> args, String clientId) {
        Function<Call, Object> function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("no booking function named " + name);
        }
        try {
            return FunctionResult.ok(function.apply(new Call(new Args(args), clientId, clock.instant())));
        } catch (InvalidArgument e) {
            return FunctionResult.invalid(e.getMessage());
        } catch (Refusal e) {
            return FunctionResult.refused(e.getMessage());
        }
    }
}
