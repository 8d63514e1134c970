package slotbot.app.clients;

import slotbot.app.errors.BadInput;
import slotbot.app.text.HostileText;
import tools.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;

/**
 * A change of a client's contact as an API body gives it: {@code {"name": "...", "phone": "..."}}. A key that is
 * left out leaves that value as it is; {@code null} or {@code ""} forgets it. The phone is read by {@link Phones}
 * before anything is written, so a phone that does not read changes nothing.
 *
 * @param name  the new name when {@code setsName}, null to forget it
 * @param phone the new phone in E.164 when {@code setsPhone}, null to forget it
 */
public record ContactChange(boolean setsName, String name, boolean setsPhone, String phone) {

    public static final int MAX_NAME = 200;
    static final String EXAMPLE = "{\"name\": \"Иван Петров\", \"phone\": \"+79001234567\"}";

    /** Reads the object at {@code field} ("client" in the function API, "" for a whole body). */
    public static ContactChange read(JsonNode node, String field, Phones phones) {
        String prefix = field.isEmpty() ? "" : field + ".";
        if (node == null || !node.isObject()) {
            throw new BadInput((field.isEmpty() ? "body" : field) + ": expected an object such as " + EXAMPLE + ", got "
                    + (node == null ? "nothing" : node.toString()));
        }
        for (String key : node.propertyNames()) {
            if (!Set.of("name", "phone").contains(key)) {
                throw new BadInput(prefix + key + ": not a field of a client's contact; expected only name and phone, as in "
                        + EXAMPLE);
            }
        }
        Optional<String> name = text(node.get("name"), prefix + "name");
        name.filter(n -> n.length() > MAX_NAME).ifPresent(n -> {
            throw new BadInput(prefix + "name: expected at most " + MAX_NAME + " characters, got " + n.length());
        });
        name.ifPresent(n -> HostileText.require(prefix + "name", n, HostileText.Form.NAME));
        Optional<String> phone = text(node.get("phone"), prefix + "phone").map(p -> phones.require(prefix + "phone", p));
        return new ContactChange(node.has("name"), name.orElse(null), node.has("phone"), phone.orElse(null));
    }

    private static Optional<String> text(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new BadInput(field + ": expected a text, got " + value);
        }
        return Optional.of(value.asString().strip()).filter(text -> !text.isEmpty());
    }

    public boolean changesNothing() {
        return !setsName && !setsPhone;
    }
}
