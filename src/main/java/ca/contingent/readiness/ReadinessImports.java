package ca.contingent.readiness;

import java.util.List;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness import's writer: a file's items in one set-based upsert matched on
 * (person, item, start), unchanged rows left alone. People are met by external id through
 * the person module's published {@code person_summary}. The importer checks the people
 * and the item codes and places each broken rule on its row and column before anything is
 * written.
 */
@Service
public class ReadinessImports {

    private static final String JSON = """
            jsonb_build_object('person_id', %2$s.external_id, 'item', %1$s.item, 'valid_from', %1$s.valid_from,
                               'valid_until', %1$s.valid_until)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                     as r(person_id, item, valid_from, valid_until)
            ), old as (
                select p.external_id || '|' || t.item || '|' || t.valid_from as key, %1$s as before
                from readiness_item t join person_summary p on p.id = t.person_id
                join r on r.person_id = p.external_id and r.item = t.item and r.valid_from::date = t.valid_from
            ), up as (
                insert into readiness_item (person_id, item, valid_from, valid_until)
                select p.id, r.item, r.valid_from::date, r.valid_until::date
                from r join person_summary p on p.external_id = r.person_id
                on conflict (person_id, item, valid_from) do update
                    set valid_until = excluded.valid_until
                    where readiness_item.valid_until is distinct from excluded.valid_until
                returning readiness_item.*, (xmax = 0) as created
            )
            select p.external_id || '|' || up.item || '|' || up.valid_from as key, up.created, old.before::text,
                   %2$s::text
            from up join person_summary p on p.id = up.person_id
            left join old on old.key = p.external_id || '|' || up.item || '|' || up.valid_from
            """.formatted(JSON.formatted("t", "p"), JSON.formatted("up", "p"));

    private final JdbcTemplate jdbc;

    ReadinessImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates or updates every row in the caller's transaction; answers each item created
     * or changed with its values before and after.
     * @throws IllegalArgumentException when a row is incomplete or breaks a rule: the
     * importer must have refused the file
     */
    @Transactional
    public List<Written> importRows(List<ReadinessItemValues> rows) {
        for (ReadinessItemValues row : rows) {
            if (!row.valid()) {
                throw new IllegalArgumentException("A readiness row that breaks the rules: " + row);
            }
        }
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(rows, ReadinessItemValues::person),
                Upserts.column(rows, ReadinessItemValues::item), Upserts.column(rows, ReadinessItemValues::validFrom),
                Upserts.column(rows, ReadinessItemValues::validUntil));
    }

}
