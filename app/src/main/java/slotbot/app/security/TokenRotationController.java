package slotbot.app.security;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/v1/admin/token/rotate}: a new API token, shown once; the one used for the call stops working. */
@RestController
class TokenRotationController {

    private final ApiTokens tokens;

    TokenRotationController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/admin/token/rotate")
    Map<String, Object> rotate() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", true);
        answer.put("token", tokens.rotate());
        answer.put("message", "the new token is shown only now; every earlier token, the configured one too, no longer works");
        return answer;
    }
}
