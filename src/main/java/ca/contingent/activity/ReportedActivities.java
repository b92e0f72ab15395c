package ca.contingent.activity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity rows of approved monthly reports. Each row is tied to its report by the
 * column {@code activity.monthly_report_id}, a foreign key to the report, rather than by
 * its external id: the rows of a report are exactly those that name it, so that reopening
 * removes every one of them even when one was deleted or edited in between. The rows are
 * ordinary activities otherwise (the activities page lists, edits and deletes them), and
 * every change goes through {@link ActivityService}, with its audit events.
 */
@Service
public class ReportedActivities {

    private final ActivityService activities;

    private final JdbcClient jdbc;

    ReportedActivities(ActivityService activities, JdbcClient jdbc) {
        this.activities = activities;
        this.jdbc = jdbc;
    }

    /**
     * Makes the report's rows exactly {@code lines}, as activities of {@code mission}
     * (its code) on {@code date}: rows left from an earlier approval go, and each line is
     * written under its external id, taking over a row of that id that no report holds
     * (an import, or a row written before reports were tied to their rows).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(long reportId, String mission, LocalDate date, List<Line> lines) {
        remove(reportId);
        for (Line line : lines) {
            Activity written = this.activities.find(line.externalId())
                .map((existing) -> this.activities.update(existing.externalId(),
                        line.form(mission, date, existing.version())))
                .orElseGet(() -> this.activities.create(line.form(mission, date, null)));
            this.jdbc.sql("update activity set monthly_report_id = ? where id = ?")
                .params(reportId, written.id())
                .update();
        }
    }

    /** Removes every activity row of the report. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(long reportId) {
        List<String> rows = this.jdbc.sql("select external_id from activity where monthly_report_id = ? order by id")
            .param(reportId)
            .query(String.class)
            .list();
        rows.forEach(this.activities::delete);
    }

    /**
     * One line of a report as an activity: its external id (the report's to choose, as
     * people see it) and its counts.
     */
    public record Line(String externalId, ActivityCategory category, String type, int sessions, Integer participants,
            Integer participantsWomen) {

        ActivityForm form(String mission, LocalDate date, Integer version) {
            return new ActivityForm(this.externalId, mission, date, this.category, this.type, this.sessions,
                    this.participants, this.participantsWomen, version);
        }

    }

}
