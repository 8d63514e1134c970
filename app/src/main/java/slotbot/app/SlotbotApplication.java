package slotbot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SlotbotApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SlotbotApplication.class);
        application.addListeners(new PrebuiltWiring());
        application.run(args);
    }
}
