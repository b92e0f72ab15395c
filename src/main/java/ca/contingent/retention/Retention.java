package ca.contingent.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention rule. A person is due when the latest end date of their deployments that
 * are not cancelled is more than {@code years} years before today, and they have not been
 * anonymised yet. A cancelled deployment never took place, so it does not keep a record
 * alive. People without any deployment that is not cancelled are never due: the schema
 * records no date for them to measure from (a person may have been entered yesterday for
 * a deployment still to be planned), so the preview counts them for review by hand
 * instead.
 *
 * <p>
 * "Today" is a parameter rather than read from the clock here, so that the job, the page
 * and the tests say which day they mean.
 */
@Service
public class Retention {

    /**
     * Stored in place of the family name; the given name becomes a pseudonym from the row
     * id, stable and unique.
     */
    static final String FAMILY_NAME = "Anonymised";

    static final String GIVEN_NAME_PREFIX = "Person ";

    /**
     * Stored in place of a deployment's role: free text may name or describe the person.
     * Same in both languages.
     */
    static final String ROLE = "—";

    static final String DETAIL = "anonymised under the retention rule";

    /**
     * The fields replaced, for the audit event: their names only, never the values they
     * held.
     */
    static final List<String> FIELDS = List.of("family_name", "given_name", "rank", "deployment.role",
            "monthly_report.results", "monthly_report.narrative", "monthly_report_step.comment");

    private static final int PREVIEW_LIMIT = 500;

    private static final String LAST_END = """
            select person_id, max(end_date) as last_end from deployment
            where status <> 'CANCELLED' group by person_id
            """;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final RetentionProperties properties;

    private final Clock clock;

    Retention(JdbcClient jdbc, AuditLog audit, RetentionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A last deployment that ended before this day makes a person due on {@code today};
     * ending on it does not.
     */
    public LocalDate cutoff(LocalDate today) {
        return today.minusYears(this.properties.years());
    }

    @Transactional(readOnly = true)
    public RetentionPreview preview(LocalDate today) {
        LocalDate cutoff = cutoff(today);
        List<DuePerson> due = this.jdbc.sql("with last as (" + LAST_END + """
                )
                select p.external_id, p.family_name, p.given_name, a.code as agency, last.last_end
                from person p
                join last on last.person_id = p.id
                join agency a on a.id = p.agency_id
                where p.anonymised_at is null and last.last_end < :cutoff
                order by last.last_end, p.external_id
                limit :limit""")
            .param("cutoff", cutoff)
            .param("limit", PREVIEW_LIMIT)
            .query((rs, row) -> new DuePerson(rs.getString("external_id"), rs.getString("family_name"),
                    rs.getString("given_name"), rs.getString("agency"), rs.getObject("last_end", LocalDate.class)))
            .list();
        long dueCount = this.jdbc.sql("with last as (" + LAST_END + """
                )
                select count(*) from person p join last on last.person_id = p.id
                where p.anonymised_at is null and last.last_end < :cutoff""")
            .param("cutoff", cutoff)
            .query(Long.class)
            .single();
        long withoutDeployment = this.jdbc.sql("""
                select count(*) from person p
                where p.anonymised_at is null
                  and not exists (select 1 from deployment d where d.person_id = p.id and d.status <> 'CANCELLED')""")
            .query(Long.class)
            .single();
        return new RetentionPreview(today, cutoff, due, dueCount, withoutDeployment);
    }

    /**
     * Anonymises everyone due on {@code today} in one transaction with one audit event
     * each, and answers how many. One statement changes the people, their deployments'
     * roles and the free text of their monthly reports (results, narrative, reviewers'
     * comments), and only rows not yet anonymised, so that two runs at once (the job and
     * an administrator) anonymise and audit each person once: the second waits for the
     * first's row locks and then finds nothing left. The version is raised so that an
     * edit form opened before the run cannot write the old names back.
     */
    @Transactional
    public int anonymise(LocalDate today) {
        List<String> externalIds = this.jdbc.sql("with last as (" + LAST_END + """
                ),
                done as (
                    update person p
                    set family_name = :family, given_name = :prefix || p.id, rank = null,
                        anonymised_at = :now, version = p.version + 1
                    from last
                    where last.person_id = p.id and last.last_end < :cutoff and p.anonymised_at is null
                    returning p.id, p.external_id
                ),
                roles as (
                    update deployment d set role = :role, version = d.version + 1
                    from done where d.person_id = done.id
                    returning d.id
                ),
                reports as (
                    update monthly_report r set results = '', narrative = '', version = r.version + 1
                    from done where r.person_id = done.id
                    returning r.id
                ),
                comments as (
                    update monthly_report_step s set comment = null
                    from reports where s.report_id = reports.id and s.comment is not null
                    returning s.id
                )
                select external_id from done""")
            .param("family", FAMILY_NAME)
            .param("prefix", GIVEN_NAME_PREFIX)
            .param("role", ROLE)
            .param("now", Timestamp.from(this.clock.instant()))
            .param("cutoff", cutoff(today))
            .query(String.class)
            .list();
        externalIds.stream()
            .sorted(Comparator.naturalOrder())
            .forEach((externalId) -> this.audit.change(AuditAction.UPDATE, "person", externalId, null,
                    new AnonymisedFields(FIELDS, DETAIL)));
        return externalIds.size();
    }

    /**
     * The audit event's "after": which fields were replaced and why. The values before
     * are deliberately not recorded, since copying them into the append-only log would
     * keep exactly what the rule removes.
     */
    record AnonymisedFields(List<String> anonymised, String detail) {

    }

}
