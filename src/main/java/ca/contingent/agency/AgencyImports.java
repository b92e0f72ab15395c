package ca.contingent.agency;

import java.util.List;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies import's writer: a file's rows in one set-based upsert matched on the
 * code, unchanged rows left alone. The rows come checked by the same rules as the agency
 * form ({@link AgencyCode}, {@link Province}, {@link AgencyValues#NAME_MAX_LENGTH}); the
 * importer places each broken rule on its row and column before anything is written.
 */
@Service
public class AgencyImports {

    /** An agency as the audit log shows it: the file's columns. */
    private static final String JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'type', %1$s.type, 'province', %1$s.province, 'partner_since', %1$s.partner_since)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(code, name_en, name_fr, type, province, partner_since)
            ), old as (
                select t.code, %1$s as before from agency t where t.code in (select code from r)
            ), up as (
                insert into agency (code, name_en, name_fr, type, province, partner_since)
                select r.code, r.name_en, r.name_fr, r.type, r.province, r.partner_since::date
                from r
                on conflict (code) do update
                    set name_en = excluded.name_en, name_fr = excluded.name_fr, type = excluded.type,
                        province = excluded.province, partner_since = excluded.partner_since,
                        version = agency.version + 1
                    where (agency.name_en, agency.name_fr, agency.type, agency.province, agency.partner_since)
                          is distinct from
                          (excluded.name_en, excluded.name_fr, excluded.type, excluded.province, excluded.partner_since)
                returning agency.*, (xmax = 0) as created
            )
            select up.code, up.created, old.before::text, %2$s::text
            from up left join old on old.code = up.code
            """.formatted(JSON.formatted("t"), JSON.formatted("up"));

    private final JdbcTemplate jdbc;

    AgencyImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates or updates every row, matched on its code, in the caller's transaction;
     * answers each agency created or changed with its values before and after.
     * @throws IllegalArgumentException when a row is incomplete or breaks a rule: the
     * importer must have refused the file
     */
    @Transactional
    public List<Written> importRows(List<AgencyValues> rows) {
        for (AgencyValues row : rows) {
            if (!row.valid()) {
                throw new IllegalArgumentException("An agency row that breaks the rules: " + row);
            }
        }
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(rows, AgencyValues::code),
                Upserts.column(rows, AgencyValues::nameEn), Upserts.column(rows, AgencyValues::nameFr),
                Upserts.column(rows, AgencyValues::type), Upserts.column(rows, AgencyValues::province),
                Upserts.column(rows, AgencyValues::partnerSince));
    }

}
