package ca.contingent.readiness;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.UnprocessableException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness items a mission requires of the people it receives: its own, and (for a
 * component) its parent's, which apply too. Set from the mission's page; the missions
 * import's {@code required_readiness} column does the same in bulk.
 */
@Service
public class MissionRequirements {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    MissionRequirements(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * The mission's own required items and those it inherits from its parent (none for a
     * top-level mission).
     */
    public record Required(Set<String> own, Set<String> inherited) {
    }

    @Transactional(readOnly = true)
    public Required of(long missionId) {
        Set<String> own = new TreeSet<>(
                this.jdbc.sql("select item from mission_required_readiness where mission_id = ?")
                    .param(missionId)
                    .query(String.class)
                    .list());
        Set<String> inherited = new TreeSet<>(this.jdbc.sql("""
                select r.item from mission_required_readiness r
                join mission_choice m on m.parent_id = r.mission_id where m.id = ?""")
            .param(missionId)
            .query(String.class)
            .list());
        return new Required(own, inherited);
    }

    /**
     * Replaces the mission's own required items. An unknown code is refused naming it,
     * and nothing changes. The change is one audit event on the mission.
     */
    @Transactional
    public Required set(long missionId, String missionCode, Collection<String> items) {
        Set<String> wanted = new TreeSet<>(items == null ? List.of() : items);
        Set<String> known = new TreeSet<>(
                this.jdbc.sql("select code from readiness_item_code").query(String.class).list());
        List<UnprocessableException.FieldError> errors = wanted.stream()
            .filter((item) -> !known.contains(item))
            .map((item) -> new UnprocessableException.FieldError("items", "readiness.required.unknown", item))
            .toList();
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        Set<String> before = of(missionId).own();
        if (before.equals(wanted)) {
            return of(missionId);
        }
        String[] array = wanted.toArray(String[]::new);
        this.jdbc.sql("delete from mission_required_readiness where mission_id = ? and not (item = any(?))")
            .params(missionId, array)
            .update();
        this.jdbc.sql("""
                insert into mission_required_readiness (mission_id, item) select ?, unnest(?::text[])
                on conflict do nothing""").params(missionId, array).update();
        this.audit.change(AuditAction.UPDATE, "mission", missionCode, Map.of("requiredReadiness", before),
                Map.of("requiredReadiness", wanted));
        return of(missionId);
    }

}
