package slotbot.app.security.corpus;

import slotbot.app.security.corpus.HostileValues.Body;
import slotbot.app.security.corpus.HostileValues.Value;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static slotbot.app.security.corpus.Fixture.BRANCH;
import static slotbot.app.security.corpus.Fixture.EMPLOYEE;
import static slotbot.app.security.corpus.Fixture.SERVICE;

/** The function API with the token: every argument of every function, the client, the body and its content type. */
final class FunctionCorpus {

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=UTF-16",
            "application/json; charset=ISO-8859-1", "*/*", "application/json;;;", "garbage", "",
            "application/json; charset=\"utf-8\"; boundary=\"\"", "application/json; charset=utf-8; charset=koi8-r");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FunctionCorpus() {
    }

    /** Valid positional arguments of each function; the corpus spoils one at a time. */
    static Map<String, String> validArgs(Fixture f) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("get_companies_for_booking", "[]");
        args.put("get_categories_for_booking", "[" + BRANCH + ", \"\"]");
        args.put("get_employees_for_booking", "[" + BRANCH + ", [" + SERVICE + "], \"\", \"\"]");
        args.put("get_services_for_booking", "[" + BRANCH + ", \"\", " + EMPLOYEE + "]");
        args.put("get_dates_for_booking", "[" + BRANCH + ", [" + SERVICE + "], " + EMPLOYEE + ", 14, 5]");
        args.put("get_slots_for_booking", "[" + BRANCH + ", [" + SERVICE + "], \"05.03.2030\", " + EMPLOYEE + ", 30]");
        args.put("create_booking", "[" + BRANCH + ", [" + SERVICE + "], \"05.03.2030\", \"10:00\", " + EMPLOYEE + "]");
        args.put("get_bookings_info", "[\"" + Fixture.CLIENT + "\"]");
        args.put("modify_booking_time", "[" + f.booking() + ", \"06.03.2030\", \"11:00\"]");
        args.put("cancel_booking", "[" + BRANCH + ", " + f.booking() + "]");
        args.put("confirm_booking", "[" + f.booking() + "]");
        args.put("get_active_order_booking_info", "[]");
        args.put("create_booking_by_name", "[\"Мужская стрижка\", \"05.03.2030\", \"12:00\", " + BRANCH + "]");
        args.put("get_info_for_booking", "[]");
        args.put("join_waitlist", "[" + BRANCH + ", [" + SERVICE + "], \"05.03.2030\", " + EMPLOYEE + "]");
        args.put("leave_waitlist", "[1]");
        return args;
    }

    static List<Probe> all(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> functions = validArgs(f);
        functions.forEach((name, args) -> {
            String body = body(args);
            int arity = JSON.readTree(args).size();
            for (int i = 0; i < arity; i++) {
                for (Value v : HostileValues.VALUES) {
                    probes.add(call(name, "function args ← " + v.name()).json(HostileValues.substitute(body, "/args/" + i, v.json())));
                }
            }
            probes.add(call(name, "function args: one too many").json(body(args.replaceFirst("]$", (arity == 0 ? "" : ", ") + "1]"))).refused());
            probes.add(call(name, "function args: 50 too many").json(body(args.replaceFirst("]$", (arity == 0 ? "1" : ", 1") + ", 1".repeat(49) + "]"))).refused());
        });
        for (String name : List.of("create_booking", "get_bookings_info", "get_companies_for_booking")) {
            for (Value v : HostileValues.VALUES) {
                String body = HostileValues.substitute(body(functions.get(name)), "/client_id", v.json());
                probes.add(call(name, "function client_id ← " + v.name()).json(body).refused(!idLike(v.json())));
            }
        }
        for (String name : List.of("create_booking", "get_companies_for_booking")) {
            for (Body b : HostileValues.BROKEN_JSON) {
                probes.add(call(name, "function body: " + b.name()).body(b.bytes(), "application/json").refused(b.refused()));
            }
        }
        for (Body b : HostileValues.notUtf8(body(functions.get("create_booking")))) {
            probes.add(call("create_booking", "function body: " + b.name()).body(b.bytes(), "application/json").refused());
        }
        byte[] valid = body(functions.get("get_slots_for_booking")).getBytes(StandardCharsets.UTF_8);
        for (String type : CONTENT_TYPES) {
            probes.add(call("get_slots_for_booking", "function Content-Type").body(valid, type));
        }
        probes.add(call("get_slots_for_booking", "function Content-Type").body(valid, null));
        probes.add(call("get_slots_for_booking", "function Content-Type: unknown charset")
                .body(valid, "application/json; charset=nonsense").refused());
        probes.add(call("no_such_function", "function name").json("{}"));
        probes.add(call("x".repeat(5000), "function name").json("{}"));
        return probes;
    }

    static String body(String args) {
        return "{\"args\": " + args + ", \"client_id\": \"" + Fixture.CLIENT + "\"}";
    }

    /** A client id the contract accepts: a text of 1 to 128 characters without control characters, or a whole number. */
    static boolean idLike(String json) {
        if (json.matches("-?\\d+")) {
            return true;
        }
        return json.startsWith("\"") && json.length() <= 130 && json.length() > 2 && !json.contains("\\u0000")
                && !json.contains("\\u0085") && !json.contains("\\ud800");
    }

    private static Probe call(String function, String family) {
        return Probe.of(family, "POST", "/api/v1/functions/" + function).token();
    }
}
