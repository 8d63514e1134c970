package slotbot.app.bots;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import slotbot.app.SlotbotProperties;
import slotbot.app.text.Utf8Text;
import slotbot.funnel.bot.BotRefused;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Installs the demo bot (name {@code demo}) and the bot files of slotbot.bots before the app serves; a bad file stops
 * the start. A file the bot was installed from already, unchanged since, is left alone: the owner's studio edits
 * survive a restart ({@link BotLibrary#installFile}).
 */
@Component
class BotsAtStartup implements SmartInitializingSingleton {

    static final String DEMO = "classpath:demo/bot.yaml";
    private static final Logger log = LoggerFactory.getLogger(BotsAtStartup.class);

    private final SlotbotProperties properties;
    private final BotLibrary bots;

    BotsAtStartup(SlotbotProperties properties, BotLibrary bots) {
        this.properties = properties;
        this.bots = bots;
    }

    /**
     * Once every bean is made rather than when this one is: the schema is migrated beside the start
     * ({@link slotbot.app.jdbc.SchemaMigration}), and waiting for it here would hold up everything made after.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            installAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void installAll() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        if (properties.loadsDemo()) {
            install("demo", resolver.getResource(DEMO));
        }
        if (properties.bots() != null && !properties.bots().isBlank()) {
            for (Resource file : resolver.getResources(properties.bots())) {
                install(nameOf(file), file);
            }
        }
    }

    private void install(String name, Resource file) throws IOException {
        String source;
        try {
            source = Utf8Text.decode(file.getContentAsByteArray());
        } catch (Utf8Text.NotUtf8 e) {
            throw new BotRefused(name, List.of("bot " + name + ": " + e.getMessage() + "; expected the file in UTF-8"));
        }
        if (bots.installFile(name, source)) {
            log.info("Installed bot {} from {}", name, file.getDescription());
        } else {
            log.info("Bot {}: {} unchanged since it was installed; kept the bot as published", name, file.getDescription());
        }
    }

    /** "salon-bot.yaml" plays as the bot "salon-bot". */
    private static String nameOf(Resource file) {
        String filename = file.getFilename() == null ? "bot" : file.getFilename();
        int dot = filename.lastIndexOf('.');
        return (dot > 0 ? filename.substring(0, dot) : filename).toLowerCase();
    }
}
