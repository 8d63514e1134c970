package slotbot.app.variables;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.calc.Values;
import slotbot.funnel.dialog.SharedChanges;
import slotbot.funnel.dialog.SharedVariables;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static slotbot.app.jdbc.DbTime.utc;

/**
 * The bots' project variables in the database, each a JSON value with a version that every write
 * raises. A turn's writes are stored only if every variable it read still has the version it read:
 * the rows are locked in name order first, so two turns storing at once wait for each other in the
 * same order, and the later one finds the change and is played again.
 */
public final class ProjectVariableRows {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public ProjectVariableRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project variable as it is now stored. */
    public record Variable(String name, Object value, long version, OffsetDateTime updatedAt) {
    }

    public SharedVariables.Stored read(String bot, String name) {
        return jdbc.sql("SELECT value_json, version FROM project_variable WHERE bot = ? AND name = ?").params(bot, name)
                .query((rs, n) -> new SharedVariables.Stored(value(rs.getString(1)), rs.getLong(2)))
                .optional().orElse(SharedVariables.Stored.ABSENT);
    }

    public List<Variable> list(String bot) {
        return jdbc.sql("SELECT name, value_json, version, updated_at FROM project_variable WHERE bot = ? ORDER BY name").param(bot)
                .query((rs, n) -> new Variable(rs.getString(1), value(rs.getString(2)), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    public Optional<Variable> find(String bot, String name) {
        return list(bot).stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * Stores a turn's project writes. Throws {@link ProjectVariableConflict}, storing nothing, when a
     * variable the turn read has changed since; a write past the bounds is left out and told to {@code problems}.
     */
    public void store(String bot, SharedChanges changes, Instant now, Consumer<String> problems) {
        if (!changes.writesProject()) {
            return;
        }
        TreeSet<String> names = new TreeSet<>(changes.projectRead().keySet());
        names.addAll(changes.projectWritten().keySet());
        Map<String, Long> current = lock(bot, names);
        changes.projectRead().forEach((name, version) -> {
            if (current.getOrDefault(name, 0L).longValue() != version) {
                throw new ProjectVariableConflict(bot, name, names);
            }
        });
        long count = changes.projectWritten().keySet().stream().anyMatch(n -> !current.containsKey(n)) ? count(bot) : 0;
        for (Map.Entry<String, Optional<Object>> write : changes.projectWritten().entrySet()) {
            String name = write.getKey();
            if (write.getValue().isEmpty()) {
                jdbc.sql("DELETE FROM project_variable WHERE bot = ? AND name = ?").params(bot, name).update();
            } else if (current.containsKey(name)) {
                jdbc.sql("UPDATE project_variable SET value_json = ?, version = version + 1, updated_at = ? WHERE bot = ? AND name = ?")
                        .params(json(write.getValue().get()), utc(now), bot, name).update();
            } else if (count >= BotLimits.MAX_PROJECT_VARIABLES) {
                problems.accept("project." + name + ": the bot has " + BotLimits.MAX_PROJECT_VARIABLES
                        + " project variables already; not stored");
            } else {
                insert(bot, name, write.getValue().get(), now, names);
                count++;
            }
        }
    }

    /** The admin's edit: sets the value, raising the version, so a turn that read the old one is played again. */
    public Variable put(String bot, String name, Object value, Instant now) {
        String text = json(value);
        int updated = jdbc.sql("UPDATE project_variable SET value_json = ?, version = version + 1, updated_at = ? WHERE bot = ? AND name = ?")
                .params(text, utc(now), bot, name).update();
        if (updated == 0) {
            insert(bot, name, value, now, Set.of(name));
        }
        return find(bot, name).orElseThrow();
    }

    public boolean remove(String bot, String name) {
        return jdbc.sql("DELETE FROM project_variable WHERE bot = ? AND name = ?").params(bot, name).update() == 1;
    }

    public long count(String bot) {
        return jdbc.sql("SELECT COUNT(*) FROM project_variable WHERE bot = ?").param(bot).query(Long.class).single();
    }

    /** The value as the column stores it: JSON of at most {@link BotLimits#MAX_PROJECT_VARIABLE_JSON} characters. */
    public String json(Object value) {
        return json.writeValueAsString(Values.normalize(value));
    }

    private void insert(String bot, String name, Object value, Instant now, Set<String> used) {
        try {
            jdbc.sql("INSERT INTO project_variable (bot, name, value_json, version, updated_at) VALUES (?, ?, ?, 1, ?)")
                    .params(bot, name, json(value), utc(now)).update();
        } catch (DuplicateKeyException e) {
            // Another turn created it after this one read it absent.
            throw new ProjectVariableConflict(bot, name, used);
        }
    }

    /**
     * Locks the named variables that exist, in name order (as {@link #store} does, so two turns cannot deadlock), for
     * a turn played again after a conflict: read under these locks, they cannot change before it stores, so a turn
     * that lost a race is not left to lose it again and again while other dialogs keep writing.
     */
    public void lockForTurn(String bot, Set<String> names) {
        lock(bot, new TreeSet<>(names));
    }

    private Map<String, Long> lock(String bot, TreeSet<String> names) {
        Map<String, Long> versions = new java.util.HashMap<>();
        List<String> ordered = new ArrayList<>(names);
        for (String name : ordered) {
            jdbc.sql("SELECT version FROM project_variable WHERE bot = ? AND name = ? FOR UPDATE").params(bot, name)
                    .query(Long.class).optional().ifPresent(version -> versions.put(name, version));
        }
        return versions;
    }

    private Object value(String text) {
        return Values.normalize(json.readValue(text, Object.class));
    }
}
