package slotbot.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what it refuses before Spring sees the request (a path it cannot
 * decode, a header too large): the APIs' JSON shape instead of Tomcat's HTML page, with no
 * server version and no stack trace. Public: the host makes it by its class name.
 */
public final class JsonErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body(status).getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response cannot take a body any more: nothing left to tell it.
        }
    }

    private static String body(int status) {
        String reason = switch (status) {
            case 400 -> "the request could not be read (a malformed path, header or encoding)";
            case 404 -> "nothing here";
            case 413 -> "the request is too large";
            case 431 -> "the request's headers are too large";
            default -> "the server refused the request (HTTP " + status + ")";
        };
        return "{\"status\":false,\"message\":\"" + reason + "\"}";
    }
}
