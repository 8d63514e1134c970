package slotbot.app.admin;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.TooMany;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What the admin page needs to stay current: the server's clock (the page's "today" and "now" are the branch's, by
 * the app's clock, not the phone's) and the live stream of a branch's bookings over the dates it shows.
 */
@RestController
class LiveCalendarController {

    private static final String EXAMPLE = "?company_id=14275391&from=2030-03-04&to=2030-03-10";

    private final CalendarStreams streams;
    private final Clock clock;

    LiveCalendarController(CalendarStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/admin/clock", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> clock() {
        return Map.of("now", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * Server-sent events: "ready" at once, then "changed" with the ids of the bookings that were made, moved into or out
     * of the range, cancelled, confirmed or marked. The token is the header's, as everywhere under /api (the page reads
     * the stream with fetch, which can send it); no "produces": a refusal must still answer in JSON.
     */
    @GetMapping(path = "/api/v1/admin/calendar/stream")
    SseEmitter stream(@RequestParam Map<String, String> query, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        BookingFilter filter = BookingFilter.of(query);
        if (filter.companyId() == null) {
            throw new BadInput("company_id: expected the branch whose bookings to follow, as in " + EXAMPLE + ", got nothing");
        }
        if (filter.from() == null || filter.to() == null) {
            String missing = filter.from() == null ? "from" : "to";
            throw new BadInput(missing + ": expected the " + (filter.from() == null ? "first" : "last")
                    + " date shown as yyyy-MM-dd, as in " + EXAMPLE + ", got nothing");
        }
        if (filter.to().isAfter(filter.from().plusDays(CalendarStreams.MAX_DAYS - 1))) {
            throw new BadInput("to: expected at most " + CalendarStreams.MAX_DAYS + " days from " + filter.from() + ", got "
                    + BookingFilter.quoted(filter.to().toString()));
        }
        String token = authorization.substring("Bearer ".length()).strip();
        return streams.open(streams.watch(filter.companyId(), filter.from(), filter.to()), token)
                .orElseThrow(() -> new TooMany("calendar_streams", "live calendar: this instance holds " + CalendarStreams.MAX_STREAMS
                        + " streams already; try again later", CalendarStreams.RETRY_WHEN_FULL));
    }
}
