package ca.contingent.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the log for the auditor's page and its export: filtered, newest first. */
@Service
class AuditSearch {

    private static final String COLUMNS = """
            select id, at, username, action, entity, key, before::text as before, after::text as after, detail
            from audit_event""";

    private final JdbcClient jdbc;

    /**
     * Reads the export in batches from a cursor, so that a long log is never held in
     * memory at once.
     */
    private final JdbcClient cursor;

    private final ObjectMapper json;

    AuditSearch(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        JdbcTemplate batched = new JdbcTemplate(dataSource);
        batched.setFetchSize(1000);
        this.cursor = JdbcClient.create(batched);
        this.json = json;
    }

    @Transactional(readOnly = true)
    AuditPage page(AuditFilter filter, int page, int size) {
        Where where = where(filter);
        long total = this.jdbc.sql("select count(*) from audit_event " + where.sql)
            .params(where.params)
            .query(Long.class)
            .single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(size);
        params.add((long) (page - 1) * size);
        List<AuditRow> rows = this.jdbc.sql(COLUMNS + " " + where.sql + " order by at desc, id desc limit ? offset ?")
            .params(params)
            .query((rs, n) -> row(event(rs)))
            .list();
        return new AuditPage(rows, total, page, size);
    }

    /** Every event the filter selects, newest first, handed over one at a time. */
    @Transactional(readOnly = true)
    void forEach(AuditFilter filter, Consumer<AuditEvent> action) {
        Where where = where(filter);
        this.cursor.sql(COLUMNS + " " + where.sql + " order by at desc, id desc")
            .params(where.params)
            .query((ResultSet rs) -> action.accept(event(rs)));
    }

    /**
     * The kinds of record the log names, for the filter's choices. The log only grows, so
     * instead of a distinct over every row this hops from one entity to the next along
     * the (entity, key) index.
     */
    @Transactional(readOnly = true)
    List<String> entities() {
        return this.jdbc
            .sql("""
                    with recursive e(entity) as (
                        select min(entity) from audit_event
                        union all
                        select (select min(entity) from audit_event where entity > e.entity) from e where e.entity is not null
                    )
                    select entity from e where entity is not null order by entity""")
            .query(String.class)
            .list();
    }

    private static Where where(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("where true");
        List<Object> params = new ArrayList<>();
        if (filter.user() != null) {
            sql.append(" and lower(username) = lower(?)");
            params.add(filter.user());
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action().name());
        }
        if (filter.entity() != null) {
            sql.append(" and entity = ?");
            params.add(filter.entity());
        }
        if (filter.key() != null) {
            sql.append(" and key = ?");
            params.add(filter.key());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            params.add(startOfDay(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            params.add(startOfDay(filter.to().plusDays(1)));
        }
        return new Where(sql.toString(), params);
    }

    private static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                rs.getString("action"), rs.getString("entity"), rs.getString("key"), rs.getString("before"),
                rs.getString("after"), rs.getString("detail"));
    }

    private AuditRow row(AuditEvent event) {
        JsonNode before = event.before() == null ? null : this.json.readTree(event.before());
        JsonNode after = event.after() == null ? null : this.json.readTree(event.after());
        return new AuditRow(event, pretty(before), pretty(after), changed(before, after));
    }

    private String pretty(JsonNode node) {
        return node == null ? null : this.json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** The fields whose values differ; only an update has both sides to compare. */
    private static List<String> changed(JsonNode before, JsonNode after) {
        if (before == null || after == null || !before.isObject() || !after.isObject()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>(before.propertyNames());
        names.addAll(after.propertyNames());
        return names.stream().filter((name) -> !Objects.equals(before.get(name), after.get(name))).toList();
    }

    private record Where(String sql, List<Object> params) {
    }

}
