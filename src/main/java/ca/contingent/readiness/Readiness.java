package ca.contingent.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person holds and what a mission requires; a mission requires its own items and
 * its parent's (read through the mission module's published {@code mission_choice}).
 */
@Service
public class Readiness {

    /** Within this many days of today, a valid item is shown as expiring. */
    public static final int EXPIRING_DAYS = 90;

    private final JdbcClient jdbc;

    Readiness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items a mission requires, its parent's included, in code order. */
    @Transactional(readOnly = true)
    public List<String> required(long missionId) {
        return this.jdbc.sql("""
                select distinct r.item from mission_choice m
                join mission_required_readiness r on r.mission_id = m.id or r.mission_id = m.parent_id
                where m.id = ? order by r.item""").param(missionId).query(String.class).list();
    }

    /**
     * Each item the mission requires that does not cover every day from start to end
     * (inclusive).
     */
    @Transactional(readOnly = true)
    public List<ReadinessGap> gaps(long personId, long missionId, LocalDate start, LocalDate end) {
        Map<String, List<ValidityWindow>> held = new TreeMap<>();
        for (String item : required(missionId)) {
            held.put(item, new ArrayList<>());
        }
        if (held.isEmpty()) {
            return List.of();
        }
        this.jdbc.sql("select item, valid_from, valid_until from readiness_item where person_id = ? and item = any(?)")
            .params(personId, held.keySet().toArray(String[]::new))
            .query((rs, n) -> {
                held.get(rs.getString(1))
                    .add(new ValidityWindow(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                return n;
            })
            .list();
        List<ReadinessGap> gaps = new ArrayList<>();
        held.forEach((item, windows) -> {
            Optional<LocalDate> uncovered = ValidityWindow.firstUncovered(windows, start, end);
            if (uncovered.isEmpty()) {
                return;
            }
            boolean anyDay = windows.stream()
                .anyMatch((w) -> !w.from().isAfter(end) && (w.until() == null || !w.until().isBefore(start)));
            gaps.add(anyDay ? new ReadinessGap(ReadinessGap.Kind.EXPIRES, item, uncovered.get())
                    : new ReadinessGap(ReadinessGap.Kind.MISSING, item, null));
        });
        return gaps;
    }

    /** The same, the mission named by its code (none when there is no such mission). */
    @Transactional(readOnly = true)
    public List<ReadinessGap> gaps(long personId, String missionCode, LocalDate start, LocalDate end) {
        return this.jdbc.sql("select id from mission_choice where code = ?")
            .param(missionCode)
            .query(Long.class)
            .optional()
            .map((missionId) -> gaps(personId, missionId, start, end))
            .orElse(List.of());
    }

    /**
     * Every item the person holds, latest window first within an item, with its state on
     * {@code today}.
     */
    @Transactional(readOnly = true)
    public List<ReadinessStatus> held(long personId, LocalDate today) {
        return this.jdbc.sql("""
                select r.item, c.name_en, c.name_fr, r.valid_from, r.valid_until
                from readiness_item r join readiness_item_code c on c.code = r.item
                where r.person_id = ? order by r.item, r.valid_from desc""").param(personId).query((rs, n) -> {
            ValidityWindow window = new ValidityWindow(rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class));
            return new ReadinessStatus(rs.getString(1), rs.getString(2), rs.getString(3), window.from(), window.until(),
                    state(window, today));
        }).list();
    }

    static ReadinessStatus.State state(ValidityWindow window, LocalDate today) {
        if (today.isBefore(window.from())) {
            return ReadinessStatus.State.NOT_YET_VALID;
        }
        if (!window.validOn(today)) {
            return ReadinessStatus.State.EXPIRED;
        }
        return window.expiresWithin(today, EXPIRING_DAYS) ? ReadinessStatus.State.EXPIRING
                : ReadinessStatus.State.VALID;
    }

}
