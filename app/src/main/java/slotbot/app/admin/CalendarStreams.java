package slotbot.app.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import slotbot.app.chores.Chore;
import slotbot.app.errors.NotFound;
import slotbot.app.news.News;
import slotbot.app.security.ApiTokens;
import slotbot.app.web.PageStream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * The owner's live calendar: a stream per open admin page, watching one branch's bookings over a range of dates.
 * When {@link News} tells of a change in a branch (at once when this instance made it, shortly after when another
 * did; and now and then from the catch-up poll, in case a notice was lost), every watched range of it is read once (id, version and status of each booking
 * starting in it) and a stream whose range reads differently from what it last saw is told which bookings
 * changed; the page then reads them again through the admin API. Reading the table rather than listening to
 * this instance's booking events sees every change alike: a bot's, the function API's, another instance's.
 * Nothing is written for it, and nothing is read while no page is open.
 * <p>
 * A stream ends after {@link #TIMEOUT} (the page opens a new one), and within a heartbeat once its token is revoked.
 */
@Component
class CalendarStreams implements News.Listener, SmartLifecycle, Chore {

    static final int MAX_STREAMS = 200;
    static final Duration RETRY_WHEN_FULL = Duration.ofSeconds(30);
    static final int MAX_DAYS = 62;
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final Duration HEARTBEAT = Duration.ofSeconds(25);
    private static final Logger log = LoggerFactory.getLogger(CalendarStreams.class);

    /** What a stream watches: one branch's bookings starting from the first date to the last, in its zone. */
    record Watch(long companyId, ZoneId zone, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApiTokens tokens;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    CalendarStreams(JdbcClient jdbc, Clock clock, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tokens = tokens;
    }

    /** What to watch: the branch's dates in its own zone; an unknown branch is not found. */
    Watch watch(long companyId, LocalDate from, LocalDate to) {
        ZoneId zone = jdbc.sql("SELECT timezone FROM company WHERE id = ?").param(companyId)
                .query(String.class).optional().map(ZoneId::of)
                .orElseThrow(() -> new NotFound("no company " + companyId));
        return new Watch(companyId, zone, from, to);
    }

    /** A new stream of the range, told how it reads now; nothing when this instance holds as many as it may. */
    Optional<SseEmitter> open(Watch watch, String token) {
        if (streams.size() >= MAX_STREAMS) {
            return Optional.empty();
        }
        Stream stream = new Stream(watch, token, PageStream.lasting(TIMEOUT, "the live calendar of branch " + watch.companyId()),
                read(watch));
        streams.add(stream);
        SseEmitter emitter = stream.page.emitter();
        emitter.onCompletion(() -> streams.remove(stream));
        emitter.onTimeout(() -> streams.remove(stream));
        emitter.onError(e -> streams.remove(stream));
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("now", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        ready.put("company_id", watch.companyId());
        ready.put("from", watch.from().toString());
        ready.put("to", watch.to().toString());
        stream.send("ready", ready);
        return Optional.of(emitter);
    }

    @Override
    public void branches(Set<Long> branches) {
        compare(branches::contains);
    }

    @Override
    public void everything() {
        compare(branch -> true);
    }

    private void compare(java.util.function.LongPredicate branches) {
        try {
            compareNow(branches);
        } catch (DataAccessException e) {
            log.warn("Live calendar: the bookings could not be read ({}); the next news or catch-up reads them again", e.getMessage());
        }
    }

    /** Reads each watched range once and tells the streams that saw it otherwise, on the calling thread. */
    void runDueNow() {
        compareNow(branch -> true);
    }

    private void compareNow(java.util.function.LongPredicate branches) {
        Map<Watch, List<Stream>> byWatch = streams.stream().filter(s -> branches.test(s.watch.companyId()))
                .collect(Collectors.groupingBy(s -> s.watch));
        byWatch.forEach((watch, watching) -> {
            Map<Long, String> now = read(watch);
            watching.forEach(stream -> stream.compare(now));
        });
    }

    @Override
    public Duration pause() {
        return HEARTBEAT;
    }

    @Override
    public void runChore() {
        heartbeat();
    }

    /** A comment now and then (a page that has gone is noticed when the write fails), and an end to streams whose token was revoked. */
    void heartbeat() {
        for (Stream stream : List.copyOf(streams)) {
            boolean admitted;
            try {
                admitted = tokens.admits(stream.token);
            } catch (DataAccessException e) {
                admitted = true; // unknown for now: the next heartbeat asks again
            }
            if (admitted) {
                stream.ping();
            } else {
                stream.end();
            }
        }
    }

    int open() {
        return streams.size();
    }

    /** Each booking starting in the range, by id: its version and status, which every change of it changes. */
    private Map<Long, String> read(Watch watch) {
        Map<Long, String> seen = new HashMap<>();
        jdbc.sql("SELECT id, version, status FROM booking WHERE company_id = ? AND starts_at >= ? AND starts_at < ?")
                .params(watch.companyId(), utc(start(watch.from(), watch.zone())), utc(start(watch.to().plusDays(1), watch.zone())))
                .query(rs -> {
                    seen.put(rs.getLong(1), rs.getLong(2) + "/" + rs.getString(3));
                });
        return seen;
    }

    private static Instant start(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends the open streams before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        List.copyOf(streams).forEach(Stream::end);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One open page: what its range read last, so that it hears of each change once. */
    private final class Stream {
        private final Watch watch;
        private final String token;
        private final PageStream page;
        private Map<Long, String> last;

        Stream(Watch watch, String token, PageStream page, Map<Long, String> seen) {
            this.watch = watch;
            this.token = token;
            this.page = page;
            this.last = seen;
        }

        synchronized void compare(Map<Long, String> now) {
            Set<Long> changed = new TreeSet<>();
            now.forEach((id, state) -> {
                if (!state.equals(last.get(id))) {
                    changed.add(id);
                }
            });
            last.keySet().stream().filter(id -> !now.containsKey(id)).forEach(changed::add);
            last = now;
            if (!changed.isEmpty()) {
                send("changed", Map.of("bookings", new ArrayList<>(changed)));
            }
        }

        synchronized void send(String name, Object data) {
            keepIf(page.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON)));
        }

        void ping() {
            keepIf(page.ping());
        }

        /** A page that has gone has had its stream ended: it is no longer one to tell of changes. */
        private void keepIf(boolean sent) {
            if (!sent) {
                streams.remove(this);
            }
        }

        void end() {
            streams.remove(this);
            page.end();
        }
    }
}
