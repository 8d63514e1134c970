package slotbot.app.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import slotbot.app.errors.Refused;
import slotbot.app.errors.TooMany;
import slotbot.app.metrics.RateLimits;
import slotbot.booking.calendar.BookingNotFound;
import slotbot.booking.calendar.BookingRefused;
import slotbot.booking.calendar.OutsideRules;
import slotbot.booking.calendar.InvalidRequest;
import slotbot.booking.calendar.NotYourBooking;
import slotbot.booking.functions.InvalidArgument;
import slotbot.funnel.bot.BotRefused;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Turns what escapes a controller into a JSON answer: never a stack trace, and a 500 only for our own faults. */
@RestControllerAdvice
public class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final RateLimits rateLimits;

    ErrorAnswers(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    /** Every refusal of the app's features, in one shape: {"status": false, "message": ..., and its details}. */
    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, Object>> refused(Refused e) {
        if (e instanceof TooMany tooMany) {
            rateLimits.refused(tooMany.limit());
        }
        Map<String, Object> body = refusalBody(e);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(statusOf(e.reason())).contentType(MediaType.APPLICATION_JSON);
        if (e.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
        }
        return answer.body(body);
    }

    /**
     * The booking core's refusals, where the owner's API meets them: a request naming what does not
     * exist is malformed (400), a booking that is not there is not found (404); every other refusal
     * (the time is taken or past, the booking already cancelled) conflicts with the calendar (409).
     * The function API answers them itself, as the functions' own values, as bots get them.
     */
    @ExceptionHandler(BookingRefused.class)
    ResponseEntity<Map<String, Object>> bookingRefused(BookingRefused e) {
        HttpStatus status = e instanceof InvalidRequest ? HttpStatus.BAD_REQUEST
                : e instanceof BookingNotFound || e instanceof NotYourBooking ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT;
        ResponseEntity<Map<String, Object>> answer = answer(status, e.getMessage());
        answer.getBody().put("code", code(e));
        return answer;
    }

    /**
     * The refusal's kind as a word the admin page shows in the owner's language: SlotTaken is "slot_taken", and
     * OutsideRules names its rule ("min_notice"), as the message does.
     */
    static String code(BookingRefused e) {
        if (e instanceof OutsideRules rules) {
            return rules.rule();
        }
        return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A field in one of the functions' forms that was not (a date, a time, an id): the message names it. */
    @ExceptionHandler(InvalidArgument.class)
    ResponseEntity<Map<String, Object>> invalidArgument(InvalidArgument e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A bot file refused whole: every problem, and nothing changed. */
    @ExceptionHandler(BotRefused.class)
    ResponseEntity<Map<String, Object>> botRefused(BotRefused e) {
        Map<String, Object> body = refusal(e.problems().size() + " problem(s); nothing was changed");
        body.put("errors", e.problems());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static Map<String, Object> refusalBody(Refused e) {
        Map<String, Object> body = refusal(e.answer());
        body.putAll(new LinkedHashMap<>(e.details()));
        return body;
    }

    /**
     * The body these handlers answer for what a call threw, for an edge that Spring MVC does not run (the MCP
     * server answers in its own protocol): a refusal's own, the database's unavailability, or a fault logged
     * under the reference its message names.
     */
    public static Map<String, Object> bodyFor(Exception e) {
        if (e instanceof Refused refused) {
            return refusalBody(refused);
        }
        if (e instanceof InvalidArgument || e instanceof BookingRefused) {
            return refusal(e.getMessage());
        }
        if (e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
                || e instanceof CannotCreateTransactionException) {
            return unavailableBody(e);
        }
        return faultBody(e);
    }

    private static HttpStatus statusOf(Refused.Reason reason) {
        return switch (reason) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "method " + e.getMethod() + " is not supported here; use "
                + e.getSupportedHttpMethods());
    }

    @ExceptionHandler(StrictTextConverter.UnsupportedCharset.class)
    ResponseEntity<Map<String, Object>> charset(StrictTextConverter.UnsupportedCharset e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + e.getContentType() + " is not supported; use "
                + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "nothing at /" + e.getResourcePath());
    }

    /**
     * The database is out of reach (no connection within the pool's timeout, whether a query or a transaction's
     * start asked for it): honest, and worth another try.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<Map<String, Object>> unavailable(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON).body(unavailableBody(e));
    }

    private static Map<String, Object> unavailableBody(Exception e) {
        log.warn("Database unavailable: {}", NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        return refusal("the service is unavailable for a moment; try again in a few seconds");
    }

    /** A client that hung up (a closed chat page's stream): nobody is left to answer, and nothing went wrong here. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone() {
        // nothing to write: the response is no longer usable
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> fault(Exception e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON).body(faultBody(e));
    }

    private static Map<String, Object> faultBody(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        return refusal("internal error; the operator can find it in the log by reference " + reference);
    }

    /** Tomcat reads the query string only when asked, so a query it cannot decode surfaces here. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> query(InvalidParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "query: expected parameters as percent-encoded UTF-8 (?company_id=14275391), "
                + "got some that cannot be decoded");
    }

    /** A multipart body that cannot be read (no boundary): no endpoint takes one anyway. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> unreadableType(HttpServletRequest request) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type: expected application/json (or application/yaml where a file "
                + "is taken), got " + request.getContentType());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(HttpStatus.NOT_ACCEPTABLE, "Accept: this answers application/json only");
    }

    /** JSON whatever the caller accepts: the type is set here, so Spring does not negotiate it away. */
    static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(refusal(message));
    }

    /** {"status": false, "message": ...}, in that order, as every refusal of the APIs reads. */
    static Map<String, Object> refusal(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", false);
        body.put("message", message);
        return body;
    }
}
