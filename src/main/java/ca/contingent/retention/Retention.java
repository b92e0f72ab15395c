package ca.contingent.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.deployment.DeploymentRetention;
import ca.contingent.monthly.MonthlyRetention;
import ca.contingent.person.PersonRetention;

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

    static final String DETAIL = "anonymised under the retention rule";

    /**
     * The fields replaced, for the audit event: their names only, never the values they
     * held.
     */
    static final List<String> FIELDS = List.of("family_name", "given_name", "rank", "deployment.role",
            "monthly_report.results", "monthly_report.narrative", "monthly_report_step.comment");

    private static final int PREVIEW_LIMIT = 500;

    private final PersonRetention people;

    private final DeploymentRetention deployments;

    private final MonthlyRetention monthlyReports;

    private final AuditLog audit;

    private final RetentionProperties properties;

    private final Clock clock;

    Retention(PersonRetention people, DeploymentRetention deployments, MonthlyRetention monthlyReports, AuditLog audit,
            RetentionProperties properties, Clock clock) {
        this.people = people;
        this.deployments = deployments;
        this.monthlyReports = monthlyReports;
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
        List<DuePerson> due = this.people.due(cutoff, PREVIEW_LIMIT)
            .stream()
            .map((person) -> new DuePerson(person.externalId(), person.familyName(), person.givenName(),
                    person.agency(), person.lastDeploymentEnd()))
            .toList();
        return new RetentionPreview(today, cutoff, due, this.people.dueCount(cutoff), this.people.withoutDeployment());
    }

    /**
     * Anonymises everyone due on {@code today} in one transaction with one audit event
     * each, and answers how many. Each module anonymises its own records: the roster the
     * names and rank, and only of people not yet anonymised, so that two runs at once
     * (the job and an administrator) anonymise and audit each person once, the second
     * waiting for the first's row locks and then finding nothing left; then the roles of
     * those people's deployments and the free text of their monthly reports (results,
     * narrative, reviewers' comments).
     */
    @Transactional
    public int anonymise(LocalDate today) {
        List<PersonRetention.Anonymised> done = this.people.anonymiseDue(cutoff(today), this.clock.instant());
        List<Long> ids = done.stream().map(PersonRetention.Anonymised::id).toList();
        this.deployments.anonymise(ids);
        this.monthlyReports.anonymise(ids);
        done.stream()
            .map(PersonRetention.Anonymised::externalId)
            .sorted(Comparator.naturalOrder())
            .forEach((externalId) -> this.audit.change(AuditAction.UPDATE, "person", externalId, null,
                    new AnonymisedFields(FIELDS, DETAIL)));
        return done.size();
    }

    /**
     * The audit event's "after": which fields were replaced and why. The values before
     * are deliberately not recorded, since copying them into the append-only log would
     * keep exactly what the rule removes.
     */
    record AnonymisedFields(List<String> anonymised, String detail) {

    }

}
