package slotbot.app.dialog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.funnel.dialog.Channel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One client's inputs, arriving at once, are played one whole turn at a time. */
public abstract class DialogOrderContract extends AppTestBase {

    private static final String ECHO = """
            start: begin
            blocks:
              - id: begin
                code: "count = 0"
                text: "#{none}"
                arrows: [{to: echo, delay: 0}]
              - id: echo
                code: "count = count + 1"
                text: "эхо #{question} (#{count})"
                arrows: [{to: echo}]
            """;
    private static final int INPUTS = 16;

    @Autowired
    DialogTurns turns;

    @Autowired
    BotLibrary bots;

    @Test
    void inputsArrivingAtOnceArePlayedOneWholeTurnAtATime() throws Exception {
        bots.install("echo", ECHO);
        String client = "order-" + System.nanoTime();
        CyclicBarrier start = new CyclicBarrier(INPUTS);
        ExecutorService pool = Executors.newFixedThreadPool(INPUTS);
        List<Future<List<DialogTurns.Sent>>> answers = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            String text = "m" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return turns.input("echo", client, text, Channel.web(client));
            }));
        }
        for (Future<List<DialogTurns.Sent>> answer : answers) {
            assertThat(answer.get()).hasSize(1);
        }
        pool.shutdown();

        List<String[]> log = jdbc.sql("SELECT direction, text FROM dialog_message WHERE bot = 'echo' AND client_id = ? ORDER BY id")
                .param(client).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(log).hasSize(2 * INPUTS);
        for (int i = 0; i < log.size(); i += 2) {
            assertThat(log.get(i)[0]).isEqualTo("in");
            assertThat(log.get(i + 1)[0]).isEqualTo("out");
            assertThat(log.get(i + 1)[1]).isEqualTo("эхо " + log.get(i)[1] + " (" + (i / 2 + 1) + ")");
        }
    }
}
