package slotbot.app.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class HostileCorpusOnH2Test extends HostileCorpusContract {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        // A database of its own: the corpus rotates the token and spoils the catalog, which no other test should see.
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slotbot-hostile-corpus;DB_CLOSE_DELAY=-1");
    }
}
