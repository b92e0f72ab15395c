package ca.contingent.imports;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Set-based writes: a file's rows go to PostgreSQL as one text array per column, unnested into a single
 * {@code INSERT ... ON CONFLICT ... DO UPDATE ... WHERE (...) IS DISTINCT FROM (...)}. Unchanged rows return nothing,
 * so the returned {@code xmax = 0} flags count what was created and what was updated.
 */
final class Upserts {

    private Upserts() {
    }

    /** One column of the rows as text, {@code null} kept, ready to be cast to its SQL array type. */
    static <L> String[] column(List<L> lines, Function<L, Object> value) {
        String[] column = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Object v = value.apply(lines.get(i));
            column[i] = v == null ? null : v.toString();
        }
        return column;
    }

    /** Runs an upsert whose {@code RETURNING} is {@code (xmax = 0)}; each parameter is a {@code String[]} column. */
    static KindImporter.Counts run(JdbcTemplate jdbc, String sql, String[]... columns) {
        if (columns.length == 0 || columns[0].length == 0) {
            return new KindImporter.Counts(0, 0);
        }
        List<Boolean> inserted = jdbc.query((connection) -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < columns.length; i++) {
                Array array = connection.createArrayOf("text", columns[i]);
                statement.setArray(i + 1, array);
            }
            return statement;
        }, (rs, rowNum) -> rs.getBoolean(1));
        int created = (int) inserted.stream().filter(Boolean::booleanValue).count();
        return new KindImporter.Counts(created, inserted.size() - created);
    }

    /**
     * For each of the given keys the query finds, what it belongs to now (an agency's or a mission's code); the query
     * takes the keys as one {@code text[]} parameter and selects the key and the code.
     */
    static Map<String, String> owners(JdbcTemplate jdbc, String sql, Collection<String> keys) {
        Object[] known = keys.stream().filter(Objects::nonNull).distinct().toArray();
        Map<String, String> owners = new HashMap<>();
        if (known.length == 0) {
            return owners;
        }
        jdbc.query((connection) -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("text", known));
            return statement;
        }, (rs) -> {
            owners.put(rs.getString(1), rs.getString(2));
        });
        return owners;
    }

    /** Which of the given keys the query finds; the query takes them as one {@code text[]} parameter. */
    static Set<String> existing(JdbcTemplate jdbc, String sql, Collection<String> keys) {
        Object[] known = keys.stream().filter(Objects::nonNull).distinct().toArray();
        if (known.length == 0) {
            return Set.of();
        }
        List<String> found = jdbc.query((connection) -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("text", known));
            return statement;
        }, (rs, rowNum) -> rs.getString(1));
        return Set.copyOf(new ArrayList<>(found));
    }

}
