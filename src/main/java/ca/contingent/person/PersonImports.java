package ca.contingent.person;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel import's writer: a file's rows in one set-based upsert matched on the
 * external id, unchanged rows left alone. The rows come checked by the rules of the
 * people form ({@link PersonValues}' lengths, {@link ca.contingent.shared.Language}); the
 * importer places each broken rule on its row and column, and checks the agencies and the
 * caller's scope, before anything is written. Agencies are met by code through the agency
 * module's published {@code agency_name}.
 */
@Service
public class PersonImports {

    /** A person as the audit log shows it: the file's columns, the agency by its code. */
    private static final String JSON = """
            jsonb_build_object('external_id', %1$s.external_id, 'family_name', %1$s.family_name,
                               'given_name', %1$s.given_name, 'gender', %1$s.gender, 'category', %1$s.category,
                               'agency_code', %2$s.code, 'rank', %1$s.rank, 'languages', %1$s.languages)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[])
                     as r(external_id, family_name, given_name, gender, category, agency_code, rank, languages)
            ), old as (
                select t.external_id, %1$s as before
                from person t join agency_name a on a.id = t.agency_id
                where t.external_id in (select external_id from r)
            ), up as (
                insert into person (external_id, family_name, given_name, gender, category, agency_id, rank,
                                    languages)
                select r.external_id, r.family_name, r.given_name, r.gender, r.category, a.id, r.rank, r.languages
                from r
                join agency_name a on a.code = r.agency_code
                on conflict (external_id) do update
                    set family_name = excluded.family_name, given_name = excluded.given_name,
                        gender = excluded.gender, category = excluded.category, agency_id = excluded.agency_id,
                        rank = excluded.rank, languages = excluded.languages, version = person.version + 1
                    where (person.family_name, person.given_name, person.gender, person.category, person.agency_id,
                           person.rank, person.languages)
                          is distinct from
                          (excluded.family_name, excluded.given_name, excluded.gender, excluded.category,
                           excluded.agency_id, excluded.rank, excluded.languages)
                returning person.*, (xmax = 0) as created
            )
            select up.external_id, up.created, old.before::text, %2$s::text
            from up join agency_name a on a.id = up.agency_id left join old on old.external_id = up.external_id
            """.formatted(JSON.formatted("t", "a"), JSON.formatted("up", "a"));

    private final JdbcTemplate jdbc;

    PersonImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates or updates every row, matched on its external id, in the caller's
     * transaction; answers each person created or changed with their values before and
     * after.
     * @throws IllegalArgumentException when a row is incomplete or breaks a rule: the
     * importer must have refused the file
     */
    @Transactional
    public List<Written> importRows(List<PersonValues> rows) {
        for (PersonValues row : rows) {
            if (!row.valid()) {
                throw new IllegalArgumentException("A person row that breaks the rules: " + row.externalId());
            }
        }
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(rows, PersonValues::externalId),
                Upserts.column(rows, PersonValues::familyName), Upserts.column(rows, PersonValues::givenName),
                Upserts.column(rows, PersonValues::gender), Upserts.column(rows, PersonValues::category),
                Upserts.column(rows, PersonValues::agencyCode), Upserts.column(rows, PersonValues::rank),
                Upserts.column(rows, PersonValues::languageCodes));
    }

    /**
     * Which of these external ids are stored people of an agency other than those named:
     * a coordinator's file may not change them, nor move them into the coordinator's
     * agency.
     */
    @Transactional(readOnly = true)
    public Set<String> storedOutside(Collection<String> externalIds, Collection<String> agencyCodes) {
        return Upserts.existing(this.jdbc, """
                select p.external_id from person p join agency_name a on a.id = p.agency_id
                where p.external_id = any(?) and a.code <> all(?)""", externalIds, agencyCodes);
    }

}
