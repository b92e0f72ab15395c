package ca.contingent.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns a list may be sorted by, each a key a user can send and the SQL it stands
 * for. Only SQL from this allow-list ever reaches an ORDER BY: whatever a request asks
 * for, unknown keys fall back to the default.
 */
public final class SortableColumns {

    private final Map<String, String> columns;

    private final String defaultKey;

    private SortableColumns(Map<String, String> columns, String defaultKey) {
        this.columns = columns;
        this.defaultKey = defaultKey;
    }

    /** Pairs of key and SQL expression; the first key is the default. */
    public static SortableColumns of(String... keysAndExpressions) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < keysAndExpressions.length; i += 2) {
            columns.put(keysAndExpressions[i], keysAndExpressions[i + 1]);
        }
        return new SortableColumns(Map.copyOf(columns), keysAndExpressions[0]);
    }

    public String key(String requested) {
        return requested != null && this.columns.containsKey(requested) ? requested : this.defaultKey;
    }

    /** An ORDER BY clause body, the default key's column breaking ties. */
    public String orderBy(String requested, String direction) {
        String key = key(requested);
        String dir = "desc".equalsIgnoreCase(direction) ? " desc" : " asc";
        String clause = this.columns.get(key) + dir;
        return key.equals(this.defaultKey) ? clause : clause + ", " + this.columns.get(this.defaultKey);
    }

}
