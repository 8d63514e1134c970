package slotbot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bad setting stops the start with a message that names it, and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsAtStartupTest {

    @Test
    void aBadWebhookUrlStopsTheStartNamingThePropertyTheFormAndTheValue(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SlotbotApplication.class)
                .web(WebApplicationType.NONE)
                // As arguments: default properties would lose to application.yaml's file database.
                .run("--spring.datasource.url=jdbc:h2:mem:slotbot-bad-setting;DB_CLOSE_DELAY=-1", "--slotbot.demo=false",
                        "--slotbot.webhook.url=ftp://shop.example.org/hook", "--slotbot.webhook.secret=s3cret"))
                .hasRootCauseInstanceOf(SettingRefused.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("slotbot.webhook.url: expected an absolute http(s) URL such as https://shop.example.org/slotbot-events, "
                        + "got \"ftp://shop.example.org/hook\"")
                .contains("Correct the setting named above")
                .doesNotContain("\tat slotbot.");
    }
}
