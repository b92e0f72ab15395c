package ca.contingent.person;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's side of the retention rule: who is due (their last deployment that is not
 * cancelled ended before a cutoff, read through the deployment module's published
 * {@code person_deployment}), and what an anonymised person keeps: their external id,
 * agency, gender, category and languages, which the published figures count, and neither
 * names nor rank. The rule itself (how many years, when it runs) is the retention
 * module's.
 */
@Service
public class PersonRetention {

    /**
     * Stored in place of the family name; the given name becomes a pseudonym from the row
     * id, stable and unique.
     */
    public static final String FAMILY_NAME = "Anonymised";

    public static final String GIVEN_NAME_PREFIX = "Person ";

    private static final String LAST_END = """
            select person_id, max(end_date) as last_end from person_deployment
            where status <> 'CANCELLED' group by person_id
            """;

    private final JdbcClient jdbc;

    PersonRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person due, as the administrator's preview shows them. */
    public record Due(String externalId, String familyName, String givenName, String agency,
            LocalDate lastDeploymentEnd) {
    }

    /** A person this run anonymised. */
    public record Anonymised(long id, String externalId) {
    }

    /**
     * People not anonymised whose last deployment ended before {@code cutoff}, oldest end
     * first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Due> due(LocalDate cutoff, int limit) {
        return this.jdbc.sql("with last as (" + LAST_END + """
                )
                select p.external_id, p.family_name, p.given_name, a.code as agency, last.last_end
                from person p
                join last on last.person_id = p.id
                join agency_name a on a.id = p.agency_id
                where p.anonymised_at is null and last.last_end < :cutoff
                order by last.last_end, p.external_id
                limit :limit""")
            .param("cutoff", cutoff)
            .param("limit", limit)
            .query((rs, row) -> new Due(rs.getString("external_id"), rs.getString("family_name"),
                    rs.getString("given_name"), rs.getString("agency"), rs.getObject("last_end", LocalDate.class)))
            .list();
    }

    /** How many people {@link #due} finds without its limit. */
    @Transactional(readOnly = true)
    public long dueCount(LocalDate cutoff) {
        return this.jdbc.sql("with last as (" + LAST_END + """
                )
                select count(*) from person p join last on last.person_id = p.id
                where p.anonymised_at is null and last.last_end < :cutoff""")
            .param("cutoff", cutoff)
            .query(Long.class)
            .single();
    }

    /**
     * People not anonymised who have no deployment that is not cancelled: the rule has no
     * date to measure them from.
     */
    @Transactional(readOnly = true)
    public long withoutDeployment() {
        return this.jdbc.sql("""
                select count(*) from person p
                where p.anonymised_at is null
                  and not exists (select 1 from person_deployment d
                                  where d.person_id = p.id and d.status <> 'CANCELLED')""").query(Long.class).single();
    }

    /**
     * Replaces the names and rank of everyone due and not yet anonymised, in one
     * statement, and answers whom. The version is raised so that an edit form opened
     * before cannot write the old names back. Two runs at once anonymise each person
     * once: the second waits for the first's row locks and then finds them anonymised.
     */
    @Transactional
    public List<Anonymised> anonymiseDue(LocalDate cutoff, Instant now) {
        return this.jdbc.sql("with last as (" + LAST_END + """
                )
                update person p
                set family_name = :family, given_name = :prefix || p.id, rank = null,
                    anonymised_at = :now, version = p.version + 1
                from last
                where last.person_id = p.id and last.last_end < :cutoff and p.anonymised_at is null
                returning p.id, p.external_id""")
            .param("family", FAMILY_NAME)
            .param("prefix", GIVEN_NAME_PREFIX)
            .param("now", Timestamp.from(now))
            .param("cutoff", cutoff)
            .query((rs, row) -> new Anonymised(rs.getLong("id"), rs.getString("external_id")))
            .list();
    }

}
