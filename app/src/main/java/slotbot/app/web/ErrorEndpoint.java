package slotbot.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Where the servlet container sends an error that no controller answered (Boot's "/error"):
 * always the APIs' JSON shape, for browsers too, and never the exception or its stack trace.
 */
@RestController
class ErrorEndpoint implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Asked for by its path, not sent here by the container: there is nothing at /error.
            return ErrorAnswers.answer(HttpStatus.NOT_FOUND, message(HttpStatus.NOT_FOUND));
        }
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return ErrorAnswers.answer(status, message(status));
    }

    private static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "nothing here";
            case BAD_REQUEST -> "the request could not be read";
            case INTERNAL_SERVER_ERROR -> "internal error; the operator can find it in the log";
            default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
