package slotbot.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.tomcat.util.http.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
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
import slotbot.app.catalog.BadCatalogValue;
import slotbot.app.catalog.CatalogRefused;
import slotbot.app.catalog.EntryConflict;
import slotbot.app.catalog.EntryNotFound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns what escapes a controller into a JSON answer: never a stack trace, and a 500 only for our own faults. */
@RestControllerAdvice
class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(JsonBodies.BadBody.class)
    ResponseEntity<Map<String, Object>> badBody(JsonBodies.BadBody e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    // ---- the catalog's refusals

    /** {"status": false, "message": ..., "bookings": [...]}: bookings only where some are in the way. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Refusal(boolean status, String message, List<Long> bookings) {
    }

    /** A whole catalog file refused: every bad value with its path. */
    record FileRefusal(boolean status, String message, List<CatalogRefused.Problem> errors) {
    }

    @ExceptionHandler(BadCatalogValue.class)
    ResponseEntity<Refusal> badCatalogValue(BadCatalogValue e) {
        return catalog(HttpStatus.BAD_REQUEST, new Refusal(false, e.getMessage(), null));
    }

    @ExceptionHandler(EntryNotFound.class)
    ResponseEntity<Refusal> entryNotFound(EntryNotFound e) {
        return catalog(HttpStatus.NOT_FOUND, new Refusal(false, e.getMessage(), null));
    }

    @ExceptionHandler(EntryConflict.class)
    ResponseEntity<Refusal> entryConflict(EntryConflict e) {
        return catalog(HttpStatus.CONFLICT, new Refusal(false, e.getMessage(), e.bookings().isEmpty() ? null : e.bookings()));
    }

    @ExceptionHandler(CatalogRefused.class)
    ResponseEntity<FileRefusal> catalogRefused(CatalogRefused e) {
        return catalog(HttpStatus.BAD_REQUEST, new FileRefusal(false, e.headline(), e.problems()));
    }

    private static <T> ResponseEntity<T> catalog(HttpStatus status, T body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    // ---- the web's own

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

    /** The database is out of reach (no connection within the pool's timeout): honest, and worth another try. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Map<String, Object>> unavailable(DataAccessException e) {
        log.warn("Database unavailable: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON).body(refusal("the service is unavailable for a moment; try again in a few seconds"));
    }

    /** A client that hung up (a closed chat page's stream): nobody is left to answer, and nothing went wrong here. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void gone() {
        // nothing to write: the response is no longer usable
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> fault(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the operator can find it in the log by reference " + reference);
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
