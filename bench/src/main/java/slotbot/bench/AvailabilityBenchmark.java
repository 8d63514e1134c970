package slotbot.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import slotbot.booking.availability.EmployeeTimes;
import slotbot.booking.availability.SlotFinder;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.calendar.Visit;
import slotbot.booking.catalog.Employee;
import slotbot.booking.catalog.Service;
import slotbot.booking.functions.BookingFunctions;
import slotbot.booking.functions.FunctionResult;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static slotbot.bench.BusyBranch.*;

/**
 * The availability functions on the busy branch of {@link BusyBranch}, through
 * {@link BookingFunctions#call} on {@link slotbot.booking.memory.InMemoryBookingData}, the way the
 * function API calls them: {@code get_slots_for_booking} for the two services on the busiest date
 * with no employee given, and {@code get_dates_for_booking} over 14 and 60 days.
 * {@code slotsEngineOnly} is the engine alone on the same date, its busy times read beforehand:
 * the difference is what the function and the store add around it.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class AvailabilityBenchmark {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @State(Scope.Benchmark)
    public static class Functions {

        BookingFunctions functions;
        List<Object> slotsArgs;
        List<Object> dates14Args;
        List<Object> dates60Args;

        @Setup(Level.Trial)
        public void setUp() {
            BusyBranch branch = new BusyBranch();
            functions = new BookingFunctions(branch.data, Clock.fixed(NOW, ZONE), BookingEventListener.NONE, new Random(1));
            slotsArgs = List.of(COMPANY, TWO_SERVICES, DATE.format(branch.busiestDate));
            dates14Args = List.of(COMPANY, TWO_SERVICES, "", 14);
            dates60Args = List.of(COMPANY, TWO_SERVICES, "", 60);
            Object slots = answer("get_slots_for_booking", slotsArgs);
            Object dates14 = answer("get_dates_for_booking", dates14Args);
            Object dates60 = answer("get_dates_for_booking", dates60Args);
            Engine engine = new Engine();
            engine.setUp();
            if (!slots.equals(engine.slots().stream().map(LocalTime::toString).toList())) {
                throw new IllegalStateException("the function answers " + slots + ", the engine alone " + engine.slots());
            }
            System.out.printf("%nbusiest date %s with %d of %d bookings: %d slots; %d and %d dates%n",
                    branch.busiestDate, branch.bookingsOnBusiestDate, branch.data.all().size(),
                    ((List<?>) slots).size(), ((List<?>) dates14).size(), ((List<?>) dates60).size());
        }

        /** Refuses to time a call that answers nothing or a failure. */
        private Object answer(String name, List<Object> args) {
            FunctionResult result = functions.call(name, args, null);
            if (result.malformed() || !(result.value() instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalStateException(name + args + " answers " + result.value());
            }
            return result.value();
        }
    }

    @State(Scope.Benchmark)
    public static class Engine {

        LocalDate date;
        List<EmployeeTimes> times;
        SlotFinder finder;

        @Setup(Level.Trial)
        public void setUp() {
            BusyBranch branch = new BusyBranch();
            date = branch.busiestDate;
            List<Employee> employees = branch.catalog.activeEmployees().stream().filter(e -> e.provides(TWO_SERVICES)).toList();
            times = branch.data.employeeTimes(employees, date, date.plusDays(1), ZONE);
            List<Service> services = Visit.services(branch.catalog, TWO_SERVICES);
            finder = Visit.with(branch.catalog, services, Optional.empty()).finder(30, NOW);
        }

        List<LocalTime> slots() {
            return finder.slots(date, times);
        }
    }

    @Benchmark
    public Object slotsForBusyDate(Functions f) {
        return f.functions.call("get_slots_for_booking", f.slotsArgs, null).value();
    }

    @Benchmark
    public Object dates14Days(Functions f) {
        return f.functions.call("get_dates_for_booking", f.dates14Args, null).value();
    }

    @Benchmark
    public Object dates60Days(Functions f) {
        return f.functions.call("get_dates_for_booking", f.dates60Args, null).value();
    }

    @Benchmark
    public Object slotsEngineOnly(Engine e) {
        return e.slots();
    }
}
