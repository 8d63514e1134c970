package slotbot.app.studio;

import slotbot.booking.memory.InMemoryBookingData;
import slotbot.funnel.calc.Values;
import slotbot.funnel.dialog.ClientContacts;
import slotbot.funnel.dialog.Dialog;
import slotbot.funnel.dialog.Timer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a test chat remembers between two exchanges, as stored: its dialog, its pending timers, and for a draft chat
 * its draft calendar and its client's name and phone. Any app instance reads it back and goes on.
 */
record SandboxState(Dialog dialog, List<Timer> timers, Map<String, ClientContacts.Contact> contacts,
                    InMemoryBookingData.Snapshot drafts) {

    /** Numbers as the calculator keeps them (BigDecimal); fields a record's other methods add when written are skipped. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    SandboxState {
        timers = List.copyOf(timers);
        contacts = Map.copyOf(contacts);
    }

    static SandboxState fresh(String bot, String client) {
        return new SandboxState(Dialog.fresh(bot, client), List.of(), Map.of(), InMemoryBookingData.Snapshot.EMPTY);
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    /** The state read back; the dialog's variables as the calculator keeps its values (as the dialog table's are read). */
    static SandboxState of(String json) {
        SandboxState read = JSON.readValue(json, SandboxState.class);
        Dialog d = read.dialog();
        Map<String, Object> variables = new LinkedHashMap<>();
        d.variables().forEach((k, v) -> variables.put(k, Values.normalize(v)));
        return new SandboxState(new Dialog(d.bot(), d.clientId(), d.block(), d.visit(), d.timerEpoch(), variables, d.visited()),
                read.timers(), read.contacts(), read.drafts());
    }
}
