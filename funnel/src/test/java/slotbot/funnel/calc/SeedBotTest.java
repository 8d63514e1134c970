package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's example bot (blocks 2 to 8.2) written in our language, against booking functions
 * that return what get_services_for_booking and the others return: plain Java values, normalized.
 */
class SeedBotTest {

    private static final String BLOCK_2 = """
            /* Блок 2: услуги филиала, кнопки и условие для стрелки */
            comp_id = 14275391
            data = get_services_for_booking(comp_id)
            res = tools_make_button_str_checker(data, 'title')
            numbered_list = res['numbered_list']
            buttons = res['buttons']
            checker = res['checker']
            """;
    private static final String BLOCK_3 = """
            /* Блок 3: выбранная услуга */
            title = tools_check_user_input(data, question, 'title', 'title')
            description = tools_check_user_input(data, question, 'title', 'description')
            price = tools_check_user_input(data, question, 'title', 'price')
            serv_id = tools_check_user_input(data, question, 'title', 'id')
            b = ['Выбрать дату', 'Вернуться к списку услуг']
            res = tools_make_button_str_checker(b, '')
            buttons = res['buttons']
            """;
    private static final String BLOCK_3_TEXT = "#{title}\n#{description}\nСтоимость: #{price} руб.";
    private static final String BLOCK_4 = """
            print_dates = get_dates_for_booking(comp_id, serv_id)
            print_dates = append(print_dates, 'Вернуться к списку услуг')
            res = tools_make_button_str_checker(print_dates, '', 3)
            buttons = res['buttons']
            checker = res['checker']
            """;
    private static final String BLOCK_5 = "choosed_date = question";
    private static final String BLOCK_6 = """
            data = get_slots_for_booking(comp_id, serv_id, choosed_date)
            data = append(data, 'Вернуться к выбору даты')
            res = tools_make_button_str_checker(data, '', 4)
            buttons = res['buttons']
            checker = res['checker']
            """;
    private static final String BLOCK_7 = """
            choosed_time = question
            a = create_booking(comp_id, serv_id, choosed_date, choosed_time)
            booking_result = a['status']
            """;
    private static final String BLOCK_8_TEXT = "Вы записаны на #{title} #{date_rus(choosed_date)} в #{choosed_time}. "
            + "Запись №#{a['booking']['id']}, к оплате #{a['booking']['total_cost']} руб.";
    private static final String BLOCK_8_2 = """
            or_id = a['booking']['id']
            cancel_status = cancel_booking(comp_id, or_id)
            """;

    private final Set<String> taken = new HashSet<>();
    private final List<Object> cancelled = new ArrayList<>();
    private Calculator calculator;
    private Variables variables;

    @BeforeEach
    void bot() {
        FunctionLibrary library = FunctionLibrary.standard()
                .with("get_services_for_booking", 1, 3, (args, context) -> services())
                .with("get_dates_for_booking", 2, 4, (args, context) -> List.of("02.06.2025", "03.06.2025"))
                .with("get_slots_for_booking", 3, 5, (args, context) -> List.of("09:00", "09:30", "14:00"))
                .with("create_booking", 4, 5, (args, context) -> book(args))
                .with("cancel_booking", 2, 2, (args, context) -> cancel(args.get(1)));
        calculator = new Calculator(library, Limits.defaults());
        variables = Variables.inMemory();
    }

    @Test
    void block2BuildsButtonsAndCheckerFromTheServices() {
        run(BLOCK_2);

        assertThat(variables.get("checker")).isEqualTo("Мужская стрижка;1;Моделирование бороды;2;Детская стрижка;3;");
        assertThat(variables.get("numbered_list"))
                .isEqualTo("1. Мужская стрижка\n2. Моделирование бороды\n3. Детская стрижка\n");
        assertThat(Render.text(variables.get("buttons"))).startsWith(
                "[{'type': 'reply', 'text': 'Мужская стрижка', 'line': 0, 'index_in_line': 0}, "
                        + "{'type': 'reply', 'text': 'Моделирование бороды', 'line': 1, 'index_in_line': 0}");
    }

    @Test
    void block3PicksTheChosenServiceByItsTitle() {
        run(BLOCK_2);
        variables.set("question", "Моделирование бороды");
        run(BLOCK_3);

        assertThat(variables.get("serv_id")).isEqualTo(new BigDecimal(845));
        assertThat(Render.template(BLOCK_3_TEXT, variables))
                .isEqualTo("Моделирование бороды\nКонтур и форма\nСтоимость: 800.5 руб.");
        assertThat(Render.text(variables.get("buttons"))).contains("'text': 'Вернуться к списку услуг'");
    }

    @Test
    void block3AcceptsTheNumberFromTheNumberedList() {
        run(BLOCK_2);
        variables.set("question", "1");
        run(BLOCK_3);

        assertThat(Render.template(BLOCK_3_TEXT, variables))
                .isEqualTo("Мужская стрижка\nСтрижка машинкой и ножницами\nСтоимость: 1500 руб.");
    }

    @Test
    void theArrowConditionMatchesTheCheckerAndTheBackArrowWins() {
        run(BLOCK_2);
        variables.set("question", "Мужская стрижка");
        run(BLOCK_3);
        run(BLOCK_4);

        List<String> alternatives = List.of(Render.template("#{checker}", variables).split(";"));
        assertThat(alternatives).contains("02.06.2025", "1", "Вернуться к списку услуг", "3");
    }

    @Test
    void blocks4To8BookTheChosenSlot() {
        choose("Мужская стрижка", "03.06.2025", "14:00");

        assertThat(condition("booking_result == True")).isEqualTo(true);
        assertThat(Render.template(BLOCK_8_TEXT, variables)).isEqualTo(
                "Вы записаны на Мужская стрижка 3 июня в 14:00. Запись №489046159, к оплате 1500 руб.");
    }

    @Test
    void block7ReportsASlotTakenMeanwhile() {
        taken.add("03.06.2025 14:00");
        choose("Мужская стрижка", "03.06.2025", "14:00");

        assertThat(condition("booking_result == True")).isEqualTo(false);
        assertThat(condition("not booking_result")).isEqualTo(true);
        assertThat(Render.template("#{a['message']}", variables)).isEqualTo("Slot is already taken");
    }

    @Test
    void block8Point2CancelsTheUnpaidBooking() {
        choose("Мужская стрижка", "03.06.2025", "14:00");
        run(BLOCK_8_2);

        assertThat(cancelled).containsExactly(new BigDecimal(489046159));
        assertThat(condition("cancel_status['status'] == True and len(cancel_status['message']) > 0")).isEqualTo(true);
    }

    private void choose(String service, String date, String time) {
        run(BLOCK_2);
        variables.set("question", service);
        run(BLOCK_3);
        run(BLOCK_4);
        variables.set("question", date);
        run(BLOCK_5);
        run(BLOCK_6);
        variables.set("question", time);
        run(BLOCK_7);
    }

    private void run(String code) {
        Program program = calculator.parse(code);
        assertThat(program.diagnostics()).isEmpty();
        assertThat(calculator.run(program, variables, Fixtures.CONTEXT).errors()).isEmpty();
    }

    private Object condition(String expression) {
        return Values.truthy(calculator.evaluate(calculator.parseExpression(expression), variables, Fixtures.CONTEXT));
    }

    /** As get_services_for_booking returns them: ints, doubles and texts, not yet normalized. */
    private static List<Map<String, Object>> services() {
        return List.of(
                service(844, "Мужская стрижка", "Стрижка машинкой и ножницами", 1500.0, 30),
                service(845, "Моделирование бороды", "Контур и форма", 800.50, 30),
                service(846, "Детская стрижка", "До 12 лет", 700, 45));
    }

    private static Map<String, Object> service(int id, String title, String description, Number price, int duration) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", id);
        service.put("title", title);
        service.put("description", description);
        service.put("price", price);
        service.put("duration", duration);
        return service;
    }

    private Map<String, Object> book(List<Object> args) {
        String slot = args.get(2) + " " + args.get(3);
        if (!taken.add(slot)) {
            return Map.of("status", false, "message", "Slot is already taken");
        }
        Map<String, Object> booking = Map.of("id", 489046159L, "booking_date", args.get(2), "booking_time", args.get(3),
                "services", List.of("Мужская стрижка"), "total_cost", 1500.0);
        return Map.of("status", true, "booking", booking);
    }

    private Map<String, Object> cancel(Object orderId) {
        cancelled.add(orderId);
        return Map.of("status", true, "message", "Booking deleted");
    }
}
