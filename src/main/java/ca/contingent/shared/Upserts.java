package ca.contingent.shared;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Set-based writes: a file's rows go to PostgreSQL as one text array per column, unnested
 * into a single
 * {@code INSERT ... ON CONFLICT ... DO UPDATE ... WHERE (...) IS DISTINCT FROM (...)}.
 * Unchanged rows return nothing, so the returned {@code xmax = 0} flags count what was
 * created and what was updated. The audit log's before values come from the same
 * statement: a CTE reads the stored rows of the file's keys, and every part of one
 * statement sees the database as it was when the statement began, so no extra query per
 * row is needed.
 */
public final class Upserts {

    private Upserts() {
    }

    /**
     * One column of the rows as text, {@code null} kept, ready to be cast to its SQL
     * array type.
     */
    public static <L> String[] column(List<L> lines, Function<L, Object> value) {
        String[] column = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Object v = value.apply(lines.get(i));
            column[i] = v == null ? null : v.toString();
        }
        return column;
    }

    /**
     * Runs an upsert that answers, for each record written, its key, {@code xmax = 0}
     * (created), and its values before and after as JSON text; each parameter is a
     * {@code String[]} column.
     */
    public static List<Written> run(JdbcTemplate jdbc, String sql, String[]... columns) {
        if (columns.length == 0 || columns[0].length == 0) {
            return List.of();
        }
        return jdbc.query((connection) -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < columns.length; i++) {
                Array array = connection.createArrayOf("text", columns[i]);
                statement.setArray(i + 1, array);
            }
            return statement;
        }, (rs, rowNum) -> new Written(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)));
    }

    /**
     * Which of the given keys the query finds; the query takes them as one {@code text[]}
     * parameter, followed by one {@code text[]} parameter for each further collection.
     */
    @SafeVarargs
    public static Set<String> existing(JdbcTemplate jdbc, String sql, Collection<String> keys,
            Collection<String>... more) {
        Object[] known = keys.stream().filter(Objects::nonNull).distinct().toArray();
        if (known.length == 0) {
            return Set.of();
        }
        List<String> found = jdbc.query((connection) -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("text", known));
            for (int i = 0; i < more.length; i++) {
                statement.setArray(i + 2, connection.createArrayOf("text", more[i].toArray()));
            }
            return statement;
        }, (rs, rowNum) -> rs.getString(1));
        return Set.copyOf(new ArrayList<>(found));
    }

    /**
     * One record a bulk write created or changed: its key, and its values as JSON text
     * before ({@code null} when it was created) and after, with references by code or
     * external id as an import file names them, for the audit log.
     */
    public record Written(String key, boolean created, String before, String after) {

    }

}
