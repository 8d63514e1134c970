package slotbot.app.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import slotbot.app.SlotbotProperties;
import slotbot.app.text.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Imports the configured catalog (slotbot.catalog), or the bundled demo, before the app serves.
 * A bad file stops the start with every problem listed: running on a half-understood catalog is worse.
 */
@Component
class CatalogAtStartup implements SmartInitializingSingleton {

    static final String DEMO = "classpath:demo/catalog.yaml";
    private static final Logger log = LoggerFactory.getLogger(CatalogAtStartup.class);

    private final SlotbotProperties properties;
    private final ResourceLoader resources;
    private final CatalogFileReader reader;
    private final CatalogImport importer;

    CatalogAtStartup(SlotbotProperties properties, ResourceLoader resources, CatalogFileReader reader, CatalogImport importer) {
        this.properties = properties;
        this.resources = resources;
        this.reader = reader;
        this.importer = importer;
    }

    /**
     * Once every bean is made rather than when this one is: the schema is migrated beside the start
     * ({@link slotbot.app.jdbc.SchemaMigration}), and waiting for it here would hold up everything made after.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            importAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void importAll() throws IOException {
        if (properties.loadsDemo()) {
            load(DEMO);
        }
        if (properties.catalog() != null && !properties.catalog().isBlank()) {
            load(properties.catalog());
        }
    }

    private void load(String location) throws IOException {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new CatalogRefused(location, java.util.List.of(new CatalogRefused.Problem("slotbot.catalog",
                    "expected a Spring resource such as file:/path/catalog.yaml, but nothing is at " + location)));
        }
        String text;
        try {
            text = Utf8Text.decode(resource.getContentAsByteArray());
        } catch (Utf8Text.NotUtf8 e) {
            throw new CatalogRefused(location, java.util.List.of(new CatalogRefused.Problem("(file)",
                    e.getMessage() + "; expected the file in UTF-8")));
        }
        CatalogImport.Summary summary = importer.apply(reader.read(text, location));
        log.info("Imported catalog {}: {}", location, summary);
    }
}
