package slotbot.booking.functions;

import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.calendar.BookingRefused;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.InvalidRequest;
import slotbot.booking.clients.ClientDirectory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The booking functions of the seed, by their names, for every caller: the HTTP function API and
 * bot code alike. A thin adapter over {@link Bookings}: positional arguments become typed requests,
 * the results and refusals become the seed's dictionaries. A call never throws for anything its
 * caller sends: a malformed argument or a refusal comes back as {@code {"status": false, "message": ...}}.
 */
public final class BookingFunctions {

    private final Clock clock;
    private final Map<String, Signature> functions = new LinkedHashMap<>();

    public BookingFunctions(BookingData data, Clock clock, BookingEventListener events, RandomGenerator random) {
        this(data, clock, new Bookings(data, clock, events, random));
    }

    /** The functions over a booking core that the caller shares with other edges (the admin API). */
    public BookingFunctions(BookingData data, Clock clock, Bookings core) {
        this(data, clock, core, ClientDirectory.NONE);
    }

    /** The functions whose booking answers show each client's name and phone from {@code clients}. */
    public BookingFunctions(BookingData data, Clock clock, Bookings core, ClientDirectory clients) {
        this.clock = clock;
        CatalogFunctions catalog = new CatalogFunctions(data, core);
        AvailabilityFunctions availability = new AvailabilityFunctions(data, catalog);
        BookingActions actions = new BookingActions(data, core, clients);
        ClientBookings bookings = new ClientBookings(data, core, clients);
        InfoDigest digest = new InfoDigest(data);
        WaitlistFunctions waitlist = new WaitlistFunctions(core.waitlist());
        register("get_companies_for_booking", List.of(), catalog::companies);
        register("get_categories_for_booking", List.of("company_id", "job_titles"), catalog::categories);
        register("get_employees_for_booking", List.of("company_id", "service_ids", "job_title_id", "service_category_id"),
                catalog::employees);
        register("get_services_for_booking", List.of("company_id", "service_category_id", "employee_id"), catalog::services);
        register("get_dates_for_booking", List.of("company_id", "service_ids", "employee_id", "days_limit", "max_dates_count"),
                availability::dates);
        register("get_slots_for_booking", List.of("company_id", "service_ids", "date", "employee_id", "slot_interval"),
                availability::slots);
        register("create_booking", List.of("company_id", "service_ids", "booking_date", "booking_time", "employee_id"),
                actions::create);
        register("get_bookings_info", List.of("client_id"), bookings::info);
        register("modify_booking_time", List.of("order_id", "new_date", "new_time"), actions::move);
        register("cancel_booking", List.of("pipeline_id", "order_id"), actions::cancel);
        register("confirm_booking", List.of("order_id"), actions::confirm);
        register("get_active_order_booking_info", List.of(), bookings::nearest);
        register("create_booking_by_name", List.of("service_name", "date", "time", "company_id"), actions::createByName);
        register("get_info_for_booking", List.of(), digest::digest);
        register("join_waitlist", List.of("company_id", "service_ids", "date", "employee_id"), waitlist::join);
        register("leave_waitlist", List.of("waitlist_id"), waitlist::leave);
    }

    private void register(String name, List<String> parameters, Function<Call, Object> body) {
        functions.put(name, new Signature(name, parameters, body));
    }

    public Set<String> names() {
        return functions.keySet();
    }

    public boolean has(String name) {
        return functions.containsKey(name);
    }

    /** The names of a function's positional parameters, in order (empty for an unknown function). */
    public List<String> parameters(String name) {
        Signature signature = functions.get(name);
        return signature == null ? List.of() : signature.parameters();
    }

    /**
     * Calls a function by name.
     *
     * @param args     positional arguments as JSON or bot code gives them (numbers, strings, lists, null)
     * @param clientId the client in the chat on whose behalf the call is made, or null
     * @throws IllegalArgumentException for a name that is not one of {@link #names()}
     */
    public FunctionResult call(String name, List<?> args, String clientId) {
        return call(name, args, clientId, false);
    }

    /**
     * {@link #call} by the business's integrator, who holds the API token: as in the seed, it may name
     * any client where a function takes one ({@code get_bookings_info(client_id)}), while
     * {@code client_id} still says for whom a booking is made or changed.
     */
    public FunctionResult callAsIntegrator(String name, List<?> args, String clientId) {
        return call(name, args, clientId, true);
    }

    private FunctionResult call(String name, List<?> args, String clientId, boolean integrator) {
        Signature function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("no booking function named " + name);
        }
        try {
            function.checkCount(args);
            return FunctionResult.ok(function.body().apply(new Call(new Args(args), clientId, clock.instant(), integrator)));
        } catch (InvalidArgument | InvalidRequest e) {
            return FunctionResult.invalid(e);
        } catch (BookingRefused e) {
            return FunctionResult.refused(e);
        }
    }

    /** A function with its parameters: more arguments than parameters is a caller's mistake, not something to ignore. */
    private record Signature(String name, List<String> parameters, Function<Call, Object> body) {

        /** Skipped values ("" or null) at the end count for nothing, as a missing tail does. */
        void checkCount(List<?> args) {
            int given = args == null ? 0 : args.size();
            while (given > 0 && new Args(args).raw(given - 1) == null) {
                given--;
            }
            if (given > parameters.size()) {
                throw new InvalidArgument(name + " takes " + (parameters.isEmpty() ? "no arguments"
                        : "at most " + parameters.size() + (parameters.size() == 1 ? " argument" : " arguments")
                        + " (" + String.join(", ", parameters) + ")") + ", got " + given);
            }
        }
    }
}
