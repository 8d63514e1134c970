package slotbot.app.bots;

import slotbot.app.text.JsonValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final TransactionTemplate transactions;
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final Map<String, Versioned> cache = new ConcurrentHashMap<>();
    /** One lock per bot name, held while its stored file is read (see {@link #read}). */
    private final Map<String, java.util.concurrent.locks.Lock> reading = new ConcurrentHashMap<>();
    static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(1);

    public BotLibrary(JdbcClient jdbc, BotReader reader, Clock clock, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.clock = clock;
        this.transactions = transactions;
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

    /**
     * Validates and stores a bot file; returns the bot now played under that name. A file that differs from
     * the one played is published as the next version, and the versions before it stay readable.
     */
    public Bot install(String name, String source) {
        Bot bot = validate(name, source);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.sql("UPDATE bot SET source = ?, updated_at = ?, version = version + 1 WHERE name = ? AND source <> ?")
                    .params(source, now, name, source).update();
            if (updated == 0 && source(name).isPresent()) {
                return;
            }
            if (updated == 0) {
                jdbc.sql("INSERT INTO bot (name, source, updated_at, version) VALUES (?, ?, ?, 1)").params(name, source, now).update();
            }
            jdbc.sql("INSERT INTO bot_version (bot, version, source, published_at)"
                    + " SELECT name, version, source, updated_at FROM bot WHERE name = ?").param(name).update();
        });
        cache.remove(name);
        return bot;
    }

    /**
     * Installs a bot file found at start-up unless it is the file last installed under that name (by its SHA-256):
     * a file that has not changed does not overwrite what the owner published since (in the studio, or by upload).
     * A changed file is installed as {@link #install} does, as the next version; the versions before stay. Returns
     * whether the file was installed.
     */
    public boolean installFile(String name, String source) {
        String hash = sha256(source);
        Optional<String> installed = jdbc.sql("SELECT file_sha256 FROM bot WHERE name = ?").param(name)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(h -> h);
        if (installed.filter(hash::equals).isPresent()) {
            return false;
        }
        install(name, source);
        jdbc.sql("UPDATE bot SET file_sha256 = ? WHERE name = ?").params(hash, name).update();
        return true;
    }

    static String sha256(String source) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A published version of a bot: its number, when, and whether it is the one played now. */
    public record Version(long version, OffsetDateTime publishedAt, boolean current) {
    }

    /** The bot's versions, newest first; empty when there is no such bot. */
    public List<Version> versions(String name) {
        return jdbc.sql("SELECT v.version, v.published_at, CASE WHEN v.version = b.version THEN 1 ELSE 0 END"
                        + " FROM bot_version v JOIN bot b ON b.name = v.bot WHERE v.bot = ? ORDER BY v.version DESC")
                .param(name)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3) == 1))
                .list();
    }

    /** The file of one published version, or empty when there is no such version. */
    public Optional<String> source(String name, long version) {
        return jdbc.sql("SELECT source FROM bot_version WHERE bot = ? AND version = ?").params(name, version)
                .query(String.class).optional();
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
        if (known != null && known.version() == version.get()) {
            cache.put(name, new Versioned(known.version(), System.nanoTime(), known.bot()));
            return Optional.of(known.bot());
        }
        return read(name, version.get());
    }

    /**
     * Reads a stored version once however many turns want it at the same moment (the first chats after a start or a
     * publish): the others wait for that reading instead of each parsing the same file again. A lock, not
     * {@code synchronized}: a virtual thread waiting on a monitor pins its carrier on Java 21.
     */
    private Optional<Bot> read(String name, long version) {
        java.util.concurrent.locks.Lock lock = reading.computeIfAbsent(name, n -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        try {
            Versioned known = cache.get(name);
            if (known != null && known.version() == version) {
                return Optional.of(known.bot());
            }
            // The version with its file, read together: a publish in between cannot pair a file with another number.
            Optional<Versioned> read = jdbc.sql("SELECT version, source FROM bot WHERE name = ?").param(name)
                    .query((rs, n) -> new Versioned(rs.getLong(1), System.nanoTime(), validate(name, rs.getString(2))))
                    .optional();
            read.ifPresentOrElse(r -> cache.put(name, r), () -> cache.remove(name));
            return read.map(Versioned::bot);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A bot edited as a tree (the studio's JSON) as the file it would be published as: YAML, keeping the comments
     * that stood above each block in the file played now.
     */
    public String fileOf(String name, Map<?, ?> tree) {
        return BotFileWriter.write(tree, source(name).orElse(null));
    }

    /**
     * A draft edited as a tree, refused as publishing it would refuse it, read without the file's lines: the
     * faults it meets while it plays (the studio's test chat) name the line of the block's code, which is what
     * the owner sees, not a line of a file nobody has opened.
     */
    public Bot draft(String name, Map<?, ?> tree) {
        validate(name, fileOf(name, tree));
        return reader.read(name, tree);
    }

    /** A stored bot file as a tree of plain values (what the studio edits); the file must be one this library stored. */
    public Map<?, ?> tree(String source) {
        return (Map<?, ?>) yaml.readValue(source, Object.class);
    }

    public Optional<String> source(String name) {
        return jdbc.sql("SELECT source FROM bot WHERE name = ?").param(name).query(String.class).optional();
    }

    public List<Summary> list() {
        return jdbc.sql("SELECT name, version, updated_at FROM bot ORDER BY name")
                .query((rs, n) -> new Summary(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    /** Removes the bot and its versions: a bot installed again under that name starts a history of its own. */
    public boolean remove(String name) {
        cache.remove(name);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.sql("DELETE FROM bot_version WHERE bot = ?").param(name).update();
            return jdbc.sql("DELETE FROM bot WHERE name = ?").param(name).update() == 1;
        }));
    }

    /** Refuses (BotRefused) a name no bot may have. */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BotRefused(String.valueOf(name), List.of("name: expected 1 to 64 lowercase letters, digits, '_' or '-'"
                    + " starting with a letter or digit, got \"" + name + "\""));
        }
    }

    private record Versioned(long version, long checkedAt, Bot bot) {
    }
}
