package slotbot.app.bots;

import slotbot.app.text.JsonValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.web.JsonBodies;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotReader;
import slotbot.funnel.bot.BotRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The bots this business runs, stored in the database so that every app instance plays the same
 * version. A file is validated whole before it is stored: an invalid file never replaces a
 * working bot. Parsed bots are cached per stored version.
 */
public final class BotLibrary {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_SOURCE = 1_000_000;

    private final JdbcClient jdbc;
    private final BotReader reader;
    private final Clock clock;
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final Map<String, Versioned> cache = new ConcurrentHashMap<>();
    static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(1);

    public BotLibrary(JdbcClient jdbc, BotReader reader, Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.clock = clock;
    }

    public record Summary(String name, long version, OffsetDateTime updatedAt) {
    }

    /** Reads and validates a bot file without storing it; throws {@link BotRefused} listing every problem. */
    public Bot validate(String name, String source) {
        checkName(name);
        if (source == null || source.isBlank() || source.length() > MAX_SOURCE) {
            throw new BotRefused(name, List.of("bot " + name + ": expected a bot file of 1 to " + MAX_SOURCE
                    + " characters, got " + (source == null ? 0 : source.length())));
        }
        Map<?, ?> tree;
        try {
            Object parsed = yaml.readValue(source, Object.class);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new BotRefused(name, List.of("bot " + name + ": expected fields such as start and blocks, got "
                        + (parsed == null ? "an empty file" : "a " + parsed.getClass().getSimpleName())));
            }
            tree = map;
        } catch (JacksonException e) {
            throw new BotRefused(name, List.of("bot " + name + ": not valid YAML" + JsonValues.describe(e)));
        }
        List<String> hostile = BotFileTexts.problems(name, tree);
        if (!hostile.isEmpty()) {
            throw new BotRefused(name, hostile);
        }
        return reader.read(name, tree, YamlSourceLines.of(source));
    }

    /** Validates and stores a bot file; returns the bot now played under that name. */
    public Bot install(String name, String source) {
        Bot bot = validate(name, source);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE bot SET source = ?, updated_at = ?, version = version + 1 WHERE name = ? AND source <> ?")
                .params(source, now, name, source).update();
        if (updated == 0 && source(name).isEmpty()) {
            jdbc.sql("INSERT INTO bot (name, source, updated_at, version) VALUES (?, ?, ?, 1)").params(name, source, now).update();
        }
        cache.remove(name);
        return bot;
    }

    /**
     * The bot as stored, or empty when there is none of that name. The stored version is asked at
     * most once per {@link #RECHECK}: a file installed through this instance plays at once, one
     * installed through another instance within a second.
     */
    public Optional<Bot> bot(String name) {
        Versioned known = cache.get(name);
        if (known != null && System.nanoTime() - known.checkedAt() < RECHECK.toNanos()) {
            return Optional.of(known.bot());
        }
        Optional<Long> version = jdbc.sql("SELECT version FROM bot WHERE name = ?").param(name).query(Long.class).optional();
        if (version.isEmpty()) {
            cache.remove(name);
            return Optional.empty();
        }
        Bot bot = known != null && known.version() == version.get()
                ? known.bot()
                : validate(name, source(name).orElseThrow());
        cache.put(name, new Versioned(version.get(), System.nanoTime(), bot));
        return Optional.of(bot);
    }

    public Optional<String> source(String name) {
        return jdbc.sql("SELECT source FROM bot WHERE name = ?").param(name).query(String.class).optional();
    }

    public List<Summary> list() {
        return jdbc.sql("SELECT name, version, updated_at FROM bot ORDER BY name")
                .query((rs, n) -> new Summary(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    public boolean remove(String name) {
        cache.remove(name);
        return jdbc.sql("DELETE FROM bot WHERE name = ?").param(name).update() == 1;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BotRefused(String.valueOf(name), List.of("name: expected 1 to 64 lowercase letters, digits, '_' or '-'"
                    + " starting with a letter or digit, got \"" + name + "\""));
        }
    }

    private record Versioned(long version, long checkedAt, Bot bot) {
    }
}
