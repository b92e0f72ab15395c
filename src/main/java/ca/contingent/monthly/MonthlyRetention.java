package ca.contingent.monthly;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly reports' side of the retention rule: an anonymised person's reports lose
 * their free text (results, narrative, and the comments of every step), which may name or
 * describe them; months, statuses and lines stay.
 */
@Service
public class MonthlyRetention {

    private final JdbcClient jdbc;

    MonthlyRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Clears the free text of every report of these people, raising each report's version
     * so that an edit opened before cannot write it back.
     */
    @Transactional
    public void anonymise(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Long[] people = personIds.toArray(Long[]::new);
        this.jdbc.sql("""
                with reports as (
                    update monthly_report r set results = '', narrative = '', version = r.version + 1
                    where r.person_id = any(?)
                    returning r.id
                )
                update monthly_report_step s set comment = null
                from reports where s.report_id = reports.id and s.comment is not null""").param(people).update();
    }

}
