package ca.contingent.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.UnprocessableException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's authorized strength from a date on. The history is kept (one row per
 * change, keyed by the day it takes effect); a change on a day that already has one
 * replaces it. Every change is audited as entity {@code mission_strength}, key
 * {@code CODE@YYYY-MM-DD}.
 */
@Service
public class MissionStrengths {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    MissionStrengths(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The history of the mission with this id: its own strength, then its changes. */
    @Transactional(readOnly = true)
    public StrengthHistory of(long missionId) {
        Integer base = this.jdbc.sql("select authorized_strength from mission where id = ?")
            .param(missionId)
            .query((rs, n) -> (Integer) rs.getObject(1))
            .optional()
            .orElse(null);
        List<StrengthHistory.Change> changes = this.jdbc
            .sql("select effective_from, strength from mission_strength where mission_id = ? order by effective_from")
            .param(missionId)
            .query((rs, n) -> new StrengthHistory.Change(rs.getObject(1, LocalDate.class), rs.getInt(2)))
            .list();
        return new StrengthHistory(base, changes);
    }

    @Transactional(readOnly = true)
    public StrengthHistory of(String missionCode) {
        return of(missionId(missionCode));
    }

    /**
     * Sets the strength in force from {@code effectiveFrom} on. Both values are required
     * and the strength is a whole number of at least zero; every broken rule is reported
     * at once, and nothing is written then.
     */
    @Transactional
    public StrengthHistory change(String missionCode, LocalDate effectiveFrom, Integer strength) {
        long missionId = missionId(missionCode);
        List<UnprocessableException.FieldError> errors = new ArrayList<>();
        if (effectiveFrom == null) {
            errors.add(new UnprocessableException.FieldError("effectiveFrom", "mission.strength.from.required"));
        }
        if (strength == null) {
            errors.add(new UnprocessableException.FieldError("strength", "mission.strength.required"));
        }
        else if (strength < 0) {
            errors.add(new UnprocessableException.FieldError("strength", "mission.strength.negative", strength));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        // The same lock the deploy step takes, so a change and a deployment do not pass
        // each other unseen.
        lockTopMission(missionId);
        Integer before = this.jdbc
            .sql("select strength from mission_strength where mission_id = ? and effective_from = ?")
            .params(missionId, effectiveFrom)
            .query(Integer.class)
            .optional()
            .orElse(null);
        if (before != null && before.equals(strength)) {
            return of(missionId);
        }
        this.jdbc.sql("""
                insert into mission_strength (mission_id, effective_from, strength) values (?, ?, ?)
                on conflict (mission_id, effective_from) do update set strength = excluded.strength""")
            .params(missionId, effectiveFrom, strength)
            .update();
        this.audit.change(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "mission_strength",
                key(missionCode, effectiveFrom),
                before == null ? null : new Audited(missionCode, effectiveFrom, before),
                new Audited(missionCode, effectiveFrom, strength));
        return of(missionId);
    }

    /** Removes the change that takes effect on that day; 404 when there is none. */
    @Transactional
    public StrengthHistory remove(String missionCode, LocalDate effectiveFrom) {
        long missionId = missionId(missionCode);
        lockTopMission(missionId);
        Integer before = this.jdbc
            .sql("delete from mission_strength where mission_id = ? and effective_from = ? returning strength")
            .params(missionId, effectiveFrom)
            .query(Integer.class)
            .optional()
            .orElseThrow(() -> NotFoundException.of("mission_strength", key(missionCode, effectiveFrom)));
        this.audit.change(AuditAction.DELETE, "mission_strength", key(missionCode, effectiveFrom),
                new Audited(missionCode, effectiveFrom, before), null);
        return of(missionId);
    }

    private long missionId(String code) {
        return this.jdbc.sql("select id from mission where code = ?")
            .param(code)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> NotFoundException.of("mission", code));
    }

    /**
     * Locks the top-level mission of the given one (itself when it has no parent) and
     * answers its id. Everything that counts or changes a mission's strength takes this
     * lock first, so that such changes pass one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lockTopMission(long missionId) {
        return this.jdbc
            .sql("select id from mission where id = (select coalesce(parent_id, id) from mission where id = ?)"
                    + " for update")
            .param(missionId)
            .query(Long.class)
            .single();
    }

    private static String key(String code, LocalDate effectiveFrom) {
        return code + "@" + effectiveFrom;
    }

    private record Audited(String mission, LocalDate effectiveFrom, int strength) {
    }

}
