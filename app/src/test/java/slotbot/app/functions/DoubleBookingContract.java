package slotbot.app.functions;

import org.junit.jupiter.api.Test;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.Race;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients at once, one slot: exactly one booking, whatever the timing. */
public abstract class DoubleBookingContract extends AppTestBase {

    private static final int CLIENTS = 32;
    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;

    @Test
    void thirtyTwoClientsRacingForOneSlotGetOneBooking() throws Exception {
        List<Api.Answer> answers = race(i -> api.call("create_booking", "racer-" + i, BRANCH, 844, "05.03.2030", "10:00", PAVEL));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> a.body().get("status").asBoolean())).hasSize(1);
        assertThat(activeBookingsOfPavel()).isEqualTo(1);
    }

    @Test
    void overlappingButDifferentStartsAlsoGetOneBooking() throws Exception {
        String[] times = {"10:00", "10:30", "10:15", "09:45"};
        List<Api.Answer> answers = race(i -> api.call("create_booking", "racer-" + i, BRANCH, 844, "05.03.2030",
                times[i % times.length], PAVEL));

        assertThat(answers.stream().filter(a -> a.body().get("status").asBoolean())).hasSize(1);
        assertThat(activeBookingsOfPavel()).isEqualTo(1);
    }

    @Test
    void movesRacingWithBookingsNeverOverlap() throws Exception {
        List<Long> own = new ArrayList<>();
        for (int i = 0; i < CLIENTS / 2; i++) {
            Api.Answer made = api.call("create_booking", "mover-" + i, BRANCH, 844, "06.03.2030", String.format("%02d:00", 9 + i % 8), PAVEL);
            if (made.body().get("status").asBoolean()) {
                own.add(made.body().get("booking").get("id").asLong());
            }
        }
        List<Api.Answer> answers = race(i -> i % 2 == 0 && i / 2 < own.size()
                ? api.call("modify_booking_time", "mover-" + (i / 2), own.get(i / 2), "05.03.2030", "12:00")
                : api.call("create_booking", "racer-" + i, BRANCH, 844, "05.03.2030", "12:00", PAVEL));

        assertThat(answers.stream().filter(a -> a.body().get("status").asBoolean())).hasSize(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM booking a JOIN booking b ON a.employee_id = b.employee_id AND a.id < b.id
                WHERE a.status = 'active' AND b.status = 'active' AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at""")
                .query(Integer.class).single()).isZero();
    }

    private List<Api.Answer> race(IntFunction<Api.Answer> call) throws Exception {
        return Race.of(CLIENTS, call);
    }

    private int activeBookingsOfPavel() {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE employee_id = ? AND status = 'active'")
                .param(PAVEL).query(Integer.class).single();
    }
}
