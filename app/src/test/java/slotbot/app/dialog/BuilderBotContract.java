package slotbot.app.dialog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.app.variables.ProjectVariableRows;
import slotbot.funnel.dialog.Channel;
import slotbot.funnel.dialog.Reply;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bot written the way the builder's authors write them (transcripts/builder/lokon.yaml: #{}
 * substitution, plain text, date arithmetic, lists of dictionaries, project variables, a reminder
 * timer) installed in the app and walked on the database: two clients share its project variables,
 * one books, the reminder fires, and bot code sees only its own client's bookings.
 */
public abstract class BuilderBotContract extends AppTestBase {

    @Autowired
    DialogTurns turns;

    @Autowired
    BotLibrary bots;

    @Autowired
    TimerScheduler scheduler;

    @Autowired
    ProjectVariableRows projectVariables;

    @BeforeEach
    void install() throws IOException {
        jdbc.sql("DELETE FROM dialog_timer").update();
        jdbc.sql("DELETE FROM project_variable WHERE bot = 'lokon'").update();
        jdbc.sql("DELETE FROM dialog_message WHERE bot = 'lokon'").update();
        jdbc.sql("DELETE FROM dialog WHERE bot = 'lokon'").update();
        bots.install("lokon", new ClassPathResource("transcripts/builder/lokon.yaml").getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void twoClientsShareTheProjectVariablesOneBooksAndIsReminded() {
        DialogTurns.Sent first = single(say("web-a", "Привет"));
        DialogTurns.Sent second = single(say("web-b", "Привет"));
        assertThat(first.text()).startsWith("Здравствуйте! Вы наш 1-й гость. Сейчас мы закрыты, но записаться можно (10:00-21:00),"
                + " сегодня понедельник, день недели №1.\nСовет дня: Стрижка машинкой дешевле всех.");
        assertThat(second.text()).startsWith("Здравствуйте! Вы наш 2-й гость.");
        assertThat(projectVariables.read("lokon", "guests").value()).isEqualTo(BigDecimal.valueOf(2));
        assertThat(projectVariables.read("lokon", "service_info").value()).asString().contains("Моделирование бороды (id 845)");

        DialogTurns.Sent service = single(say("web-a", "Моделирование бороды"));
        assertThat(service.text()).startsWith("Моделирование бороды: 9 000 ₽ за 10 визитов, 900 ₽ за один. Ближайшая дата — 4 марта,"
                + " уже сегодня. Когда удобно?");
        assertThat(labels(service)).hasSize(4).contains("Вт 05.03 (завтра)", "Другая услуга");

        DialogTurns.Sent times = single(say("web-a", "Вт 05.03 (завтра)"));
        assertThat(times.text()).startsWith("5 марта, вторник (завтра): свободно ");
        String time = labels(times).get(0);

        DialogTurns.Sent booked = single(say("web-a", time));
        assertThat(booked.text()).startsWith("Вы записаны: Моделирование бороды, 5 марта в " + time + ". Напомним за час");
        assertThat(api.call("get_bookings_info", "web-a").body()).hasSize(1);
        assertThat(projectVariables.read("lokon", "booked_total").value()).isEqualTo(BigDecimal.ONE);

        clock.advance(Duration.ofMinutes(61));
        scheduler.checkDueNow();
        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid("web-a", "Напоминаем: Моделирование бороды 5 марта в " + time));

        DialogTurns.Sent mine = single(say("web-a", "Мои записи"));
        assertThat(mine.text()).isEqualTo("Ваших записей: 1 (всех записей бота: 1).\nУслуги:\n1. Моделирование бороды.\n"
                + "Чужие записи: недоступны.");
    }

    private List<DialogTurns.Sent> say(String client, String text) {
        return turns.input("lokon", client, text, Channel.web(client));
    }

    private static DialogTurns.Sent single(List<DialogTurns.Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private static List<String> labels(DialogTurns.Sent sent) {
        return sent.buttons().stream().map(Reply.ReplyButton::text).toList();
    }

    private boolean botSaid(String client, String fragment) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = 'lokon' AND client_id = ? AND direction = 'out' AND text LIKE ?")
                .params(client, "%" + fragment + "%").query(Integer.class).single() > 0;
    }
}
