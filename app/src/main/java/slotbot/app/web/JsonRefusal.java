package slotbot.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** Writes {"status": false, "message": ...} where no controller answers: in a servlet filter, before Spring MVC. */
public final class JsonRefusal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRefusal() {
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(ErrorAnswers.refusal(message)));
    }
}
