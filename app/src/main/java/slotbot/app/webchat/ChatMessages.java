package slotbot.app.webchat;

import slotbot.app.dialog.DialogTurns;
import slotbot.funnel.dialog.Reply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shape of bot messages in the web chat API: {id, text, buttons: [{text}, {text, url}, {text, type: "phone"}]}. */
final class ChatMessages {

    private ChatMessages() {
    }

    static Map<String, Object> of(List<DialogTurns.Sent> messages) {
        return Map.of("messages", messages.stream().map(ChatMessages::one).toList());
    }

    static Map<String, Object> one(DialogTurns.Sent message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", message.id());
        json.put("text", message.text());
        json.put("buttons", message.buttons().stream().map(ChatMessages::button).toList());
        return json;
    }

    private static Map<String, Object> button(Reply.ReplyButton button) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", button.text());
        if (button.url() != null) {
            json.put("url", button.url());
        }
        json.put("line", button.line());
        if (button.type() != null) {
            json.put("type", button.type());
        }
        return json;
    }
}
