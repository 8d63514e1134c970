package slotbot.app.webchat;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The chat page for every bot ({@code /chat/{bot}}), and the demo bot's at the root. */
@Controller
class ChatPages {

    @GetMapping("/")
    String home() {
        return "redirect:/chat/demo";
    }

    @GetMapping("/chat/{bot}")
    String chat(@PathVariable String bot) {
        return "forward:/assets/chat.html";
    }
}
