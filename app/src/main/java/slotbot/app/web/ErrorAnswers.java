package slotbot.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Map;
import java.util.UUID;

/** Turns what escapes a controller into a JSON answer: never a stack trace, and a 500 only for our own faults. */
@RestControllerAdvice
class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    @ExceptionHandler(JsonBodies.BadBody.class)
    ResponseEntity<Map<String, Object>> badBody(JsonBodies.BadBody e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
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

    /** A Content-Type Spring cannot even parse (charset=nonsense) comes without one: the header tells what was sent. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String charset = StrictTextConverter.unknownCharset(request.getContentType());
        if (e.getContentType() == null && charset != null) {
            return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, StrictTextConverter.refusal(charset));
        }
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + e.getContentType() + " is not supported; use "
                + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "nothing at /" + e.getResourcePath());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> fault(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the operator can find it in the log by reference " + reference);
    }

    static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", false, "message", message));
    }
}
