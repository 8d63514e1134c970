package slotbot.app.botstats;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotReader;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.Limits;
import slotbot.funnel.dialog.BotFunctions;
import slotbot.funnel.dialog.Channel;
import slotbot.funnel.dialog.Dialog;
import slotbot.funnel.dialog.DialogEngine;
import slotbot.funnel.dialog.Input;
import slotbot.funnel.dialog.Turn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random walks of clients through a bot where every block leads to every other, in any order and across
 * days: the dialog engine enters what the walk says, the entries are stored as a turn stores them, and the
 * funnel of any range of days equals the one counted by hand from the walk, with no negative or impossible
 * drop-off. Runs on H2 with the app's migrations.
 */
class RandomWalkStatsTest {

    private static final List<String> BLOCKS = List.of("start", "look", "ask", "pay");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant BEGIN = Instant.parse("2030-03-04T05:00:00Z");
    private static final JdbcClient JDBC = database();

    private final MovingClock clock = new MovingClock();
    private final Calculator calculator = new Calculator(BotFunctions.library((name, args, client) ->
            Map.of("status", "create_booking".equals(name))), Limits.defaults());
    private final DialogEngine engine = new DialogEngine(calculator, clock);
    private final BlockEntries entries = new BlockEntries(JDBC);
    private final BotStats stats = new BotStats(JDBC);

    record Step(int client, String block, int minutesLater) {
    }

    @Property(tries = 60)
    void anyRangeOfAnyWalkCountsWhatTheWalkDid(@ForAll("walks") List<Step> walk, @ForAll("days") int fromDay, @ForAll("days") int length) {
        Bot bot = bot("walk-" + UUID.randomUUID().toString().substring(0, 8));
        clock.now = BEGIN;
        Map<Integer, Dialog> dialogs = new HashMap<>();
        List<Entry> expected = new ArrayList<>();
        for (Step step : walk) {
            clock.now = clock.now.plus(Duration.ofMinutes(step.minutesLater()));
            String client = "client-" + step.client();
            Dialog dialog = dialogs.getOrDefault(step.client(), Dialog.fresh(bot.name(), client));
            Turn turn = engine.onInput(bot, dialog, Input.message(step.block()), new Channel("web", client, "", ""));
            // A new client begins at the start whatever they say; then the block they name.
            String entered = dialog.started() ? step.block() : "start";
            assertThat(turn.entered()).containsExactly(new Turn.Entered(entered, entered.equals("pay")));
            entries.record(bot.name(), client, turn.entered(), clock.now);
            expected.add(new Entry(client, entered, clock.now.atZone(MOSCOW).toLocalDate()));
            dialogs.put(step.client(), turn.dialog());
        }
        LocalDate from = BEGIN.atZone(MOSCOW).toLocalDate().plusDays(fromDay);
        LocalDate to = from.plusDays(length);
        FunnelCounts counts = stats.of(bot, from, to);

        List<Entry> inRange = expected.stream().filter(e -> !e.day().isBefore(from) && !e.day().isAfter(to)).toList();
        Map<String, String> last = new LinkedHashMap<>();
        inRange.forEach(e -> last.put(e.client(), e.block()));
        assertThat(counts.clients()).isEqualTo(last.size());
        assertThat(counts.bookedClients()).isEqualTo(inRange.stream().filter(e -> e.block().equals("pay")).map(Entry::client).distinct().count());
        assertThat(counts.blocks()).extracting(FunnelCounts.BlockCounts::id).containsExactlyElementsOf(BLOCKS);
        long stopped = 0;
        for (FunnelCounts.BlockCounts block : counts.blocks()) {
            List<Entry> of = inRange.stream().filter(e -> e.block().equals(block.id())).toList();
            Set<String> reached = new HashSet<>(of.stream().map(Entry::client).toList());
            long stoppedHere = last.values().stream().filter(block.id()::equals).count();
            assertThat(block.visits()).isEqualTo(of.size());
            assertThat(block.clients()).isEqualTo(reached.size());
            assertThat(block.wentOn()).isEqualTo(reached.size() - stoppedHere).isBetween(0L, block.clients());
            assertThat(block.clients()).isLessThanOrEqualTo(Math.min(block.visits(), counts.clients()));
            stopped += block.stopped();
        }
        assertThat(stopped).isEqualTo(counts.clients());
    }

    @Provide
    Arbitrary<List<Step>> walks() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(BLOCKS),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 30)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(60, 2000)))).as(Step::new);
        return step.list().ofMinSize(0).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 4);
    }

    private record Entry(String client, String block, LocalDate day) {
    }

    /** Every block leads to every block named by the input; pay's code books. */
    private Bot bot(String name) {
        List<Object> blocks = new ArrayList<>();
        for (String id : BLOCKS) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("id", id);
            if (id.equals("pay")) {
                block.put("code", "r = create_booking(1, [2], \"05.03.2030\", \"10:00\")");
            }
            block.put("text", "Блок " + id);
            block.put("arrows", BLOCKS.stream().map(to -> Map.of("to", to, "when", to)).toList());
            blocks.add(block);
        }
        return new BotReader(calculator, MOSCOW).read(name, Map.of("start", "start", "blocks", blocks));
    }

    private static JdbcClient database() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:random-walk-stats;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(data).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        return JdbcClient.create(data);
    }

    private static final class MovingClock extends Clock {
        private Instant now = BEGIN;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
