package ca.contingent.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.mission.MissionService;
import ca.contingent.mission.MissionStrengths;
import ca.contingent.mission.StrengthHistory;
import ca.contingent.person.Scope;
import ca.contingent.readiness.Readiness;
import ca.contingent.readiness.ReadinessGap;
import ca.contingent.shared.ConflictException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deployment's life: PLANNED → DEPLOYED → COMPLETED, or CANCELLED with a reason.
 * Deploying is checked against the readiness the mission requires and against its
 * authorized strength on every day; the top-level mission's row is locked first, so that
 * two deployments racing for the last place are counted one after the other.
 */
@Service
public class DeploymentLifecycle {

    private final DeploymentService deployments;

    private final DeploymentRepository repository;

    private final Readiness readiness;

    private final MissionStrengths strengths;

    private final MissionService missions;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    DeploymentLifecycle(DeploymentService deployments, DeploymentRepository repository, Readiness readiness,
            MissionStrengths strengths, MissionService missions, JdbcClient jdbc, AuditLog audit) {
        this.strengths = strengths;
        this.missions = missions;
        this.deployments = deployments;
        this.repository = repository;
        this.readiness = readiness;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One step of a deployment's history, as its page shows it. */
    public record Transition(java.time.OffsetDateTime at, String username, DeploymentStatus fromStatus,
            DeploymentStatus toStatus, String reason) {
    }

    @Transactional
    public Deployment deploy(Scope scope, String externalId, String username) {
        this.deployments.row(scope, externalId);
        Deployment found = this.deployments.get(externalId);
        long topMission = this.strengths.lockTopMission(found.missionId());
        // Read again under the lock: a deployment committed meanwhile is seen, and so is
        // this one's own state.
        Deployment current = this.deployments.get(externalId);
        List<Refusal> refusals = new ArrayList<>();
        if (current.status() != DeploymentStatus.PLANNED) {
            refusals.add(invalidState(current.status()));
        }
        for (ReadinessGap gap : this.readiness.gaps(current.personId(), current.missionId(), current.startDate(),
                current.endDate())) {
            refusals.add(gap.kind() == ReadinessGap.Kind.MISSING
                    ? new Refusal(Refusal.READINESS_MISSING, gap.item(), null, "lifecycle.readiness.missing",
                            gap.item())
                    : new Refusal(Refusal.READINESS_EXPIRES, gap.item(), gap.date(), "lifecycle.readiness.expires",
                            gap.item(), gap.date().toString()));
        }
        refusals.addAll(strength(current, topMission));
        if (current.missionId() != topMission) {
            refusals.addAll(strength(current, current.missionId()));
        }
        if (!refusals.isEmpty()) {
            throw new LifecycleRefusedException(refusals);
        }
        return transition(current, current.deploy(), username, null);
    }

    @Transactional
    public Deployment complete(Scope scope, String externalId, LocalDate endDate, String username) {
        this.deployments.row(scope, externalId);
        Deployment current = this.deployments.get(externalId);
        return transition(current, guarded(() -> current.complete(endDate)), username, null);
    }

    @Transactional
    public Deployment cancel(Scope scope, String externalId, String reason, String username) {
        this.deployments.row(scope, externalId);
        Deployment current = this.deployments.get(externalId);
        Deployment cancelled = guarded(() -> current.cancel(reason));
        return transition(current, cancelled, username, reason.trim());
    }

    /** The deployment's transitions, oldest first. */
    @Transactional(readOnly = true)
    public List<Transition> transitions(String externalId) {
        return this.jdbc.sql("""
                select t.at, t.username, t.from_status, t.to_status, t.reason
                from deployment_transition t join deployment d on d.id = t.deployment_id
                where d.external_id = ? order by t.at, t.id""").param(externalId).query(Transition.class).list();
    }

    private static Deployment guarded(java.util.function.Supplier<Deployment> step) {
        try {
            return step.get();
        }
        catch (InvalidTransitionException ex) {
            throw new LifecycleRefusedException(List.of(invalidState(ex.status())));
        }
    }

    private static Refusal invalidState(DeploymentStatus status) {
        return new Refusal(Refusal.INVALID_STATE, null, null, "lifecycle.invalidState", status.name());
    }

    private Deployment transition(Deployment before, Deployment after, String username, String reason) {
        Deployment saved;
        try {
            saved = this.repository.save(after);
        }
        catch (OptimisticLockingFailureException ex) {
            throw new ConflictException("deployment.stale", before.externalId());
        }
        this.jdbc.sql("""
                insert into deployment_transition (deployment_id, username, from_status, to_status, reason)
                values (?, ?, ?, ?, ?)""")
            .params(saved.id(), username, before.status().name(), saved.status().name(), reason)
            .update();
        this.audit.change(AuditAction.UPDATE, "deployment", saved.externalId(),
                Map.of("status", before.status().name(), "end_date", before.endDate().toString()),
                reason == null ? Map.of("status", saved.status().name(), "end_date", saved.endDate().toString()) : Map
                    .of("status", saved.status().name(), "end_date", saved.endDate().toString(), "reason", reason));
        return saved;
    }

    /**
     * The runs of days on which this mission (with its components) would be over the
     * strength in force.
     */
    private List<Refusal> strength(Deployment candidate, long missionId) {
        StrengthHistory history = this.strengths.of(missionId);
        if (!history.limited()) {
            return List.of();
        }
        Function<LocalDate, Integer> strengthOn = history::on;
        List<DailyStrength.Period> others = this.jdbc.sql("""
                select d.start_date as start, d.end_date as "end"
                from deployment d join mission_choice m on m.id = d.mission_id
                where d.status = 'DEPLOYED' and d.id <> ? and (m.id = ? or m.parent_id = ?)
                  and daterange(d.start_date, d.end_date, '[]') && daterange(?, ?, '[]')""")
            .params(candidate.id(), missionId, missionId, candidate.startDate(), candidate.endDate())
            .query(DailyStrength.Period.class)
            .list();
        String code = this.missions.find(missionId).orElseThrow().code();
        return DailyStrength.exceeded(candidate.startDate(), candidate.endDate(), others, strengthOn)
            .stream()
            .map((excess) -> new Refusal(Refusal.STRENGTH_EXCEEDED, null, excess.from(), "lifecycle.strength.exceeded",
                    code, excess.from().toString(), excess.to().toString(), String.valueOf(excess.count()),
                    String.valueOf(excess.strength())))
            .toList();
    }

}
