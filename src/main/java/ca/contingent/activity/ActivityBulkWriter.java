package ca.contingent.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.Bulk;
import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many activities at once, as the activities import brings them: checked against the
 * rules of the activity form (its Bean Validation, {@link ParticipantCounts}, a mission
 * that exists), then written with one set-based upsert matched on the external id.
 */
@Service
public class ActivityBulkWriter {

    /**
     * An activity as the audit log shows it: the import file's columns, the mission by
     * its code.
     */
    private static final String JSON = """
            jsonb_build_object('external_id', %1$s.external_id, 'mission_code', %2$s.code, 'date', %1$s.date,
                               'category', %1$s.category, 'type', %1$s.type, 'sessions', %1$s.sessions,
                               'participants', %1$s.participants, 'participants_women', %1$s.participants_women)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[])
                     as r(external_id, mission_code, date, category, type, sessions, participants,
                          participants_women)
            ), old as (
                select t.external_id, %1$s as before
                from activity t join mission_choice m on m.id = t.mission_id
                where t.external_id in (select external_id from r)
            ), up as (
                insert into activity (external_id, mission_id, date, category, type, sessions, participants,
                                      participants_women)
                select r.external_id, m.id, r.date::date, r.category, r.type, r.sessions::integer,
                       r.participants::integer, r.participants_women::integer
                from r
                join mission_choice m on m.code = r.mission_code
                on conflict (external_id) do update
                    set mission_id = excluded.mission_id, date = excluded.date, category = excluded.category,
                        type = excluded.type, sessions = excluded.sessions, participants = excluded.participants,
                        participants_women = excluded.participants_women, version = activity.version + 1
                    where (activity.mission_id, activity.date, activity.category, activity.type, activity.sessions,
                           activity.participants, activity.participants_women)
                          is distinct from
                          (excluded.mission_id, excluded.date, excluded.category, excluded.type, excluded.sessions,
                           excluded.participants, excluded.participants_women)
                returning activity.*, (xmax = 0) as created
            )
            select up.external_id, up.created, old.before::text, %2$s::text
            from up join mission_choice m on m.id = up.mission_id left join old on old.external_id = up.external_id
            """.formatted(JSON.formatted("t", "m"), JSON.formatted("up", "m"));

    private final JdbcTemplate jdbc;

    private final Validator validator;

    ActivityBulkWriter(JdbcTemplate jdbc, Validator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /**
     * Every rule the activities break, each named by row and by field of
     * {@link ActivityForm}.
     */
    @Transactional(readOnly = true)
    public List<Bulk.Problem> check(List<Bulk.Row<ActivityForm>> rows) {
        Set<String> missions = Upserts.existing(this.jdbc, "select code from mission_choice where code = any(?)",
                rows.stream().map((row) -> row.value().mission()).collect(Collectors.toSet()));
        List<Bulk.Problem> problems = new ArrayList<>();
        for (Bulk.Row<ActivityForm> row : rows) {
            ActivityForm activity = row.value();
            problems.addAll(Bulk.validate(this.validator, row, WomenWithinParticipants.class));
            if (!ParticipantCounts.womenWithinParticipants(activity.participants(), activity.participantsWomen())) {
                problems.add(new Bulk.Problem(row.row(), "participantsWomen", "activity.bulk.womenOverParticipants",
                        String.valueOf(activity.participantsWomen()),
                        String.valueOf(ParticipantCounts.counted(activity.participants()))));
            }
            if (activity.mission() != null && !missions.contains(activity.mission())) {
                problems
                    .add(new Bulk.Problem(row.row(), "mission", "activity.bulk.unknownMission", activity.mission()));
            }
        }
        return problems;
    }

    /**
     * The mission code of each of these external ids that is a stored activity: where a
     * line would move an activity from, which the caller's scope may not allow.
     */
    @Transactional(readOnly = true)
    public Map<String, String> storedMissions(Collection<String> externalIds) {
        Object[] ids = externalIds.stream().filter(Objects::nonNull).distinct().toArray();
        Map<String, String> missions = new HashMap<>();
        if (ids.length == 0) {
            return missions;
        }
        this.jdbc.query((connection) -> {
            var statement = connection.prepareStatement("""
                    select t.external_id, m.code from activity t join mission_choice m on m.id = t.mission_id
                    where t.external_id = any(?)""");
            statement.setArray(1, connection.createArrayOf("text", ids));
            return statement;
        }, (rs) -> {
            missions.put(rs.getString(1), rs.getString(2));
        });
        return missions;
    }

    /**
     * Writes every activity, matched on the external id; unchanged ones are not touched
     * and not returned.
     */
    @Transactional
    public List<Written> write(List<ActivityForm> activities) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(activities, ActivityForm::externalId),
                Upserts.column(activities, ActivityForm::mission), Upserts.column(activities, ActivityForm::date),
                Upserts.column(activities, ActivityForm::category), Upserts.column(activities, ActivityForm::type),
                Upserts.column(activities, ActivityForm::sessions),
                Upserts.column(activities, ActivityForm::participants),
                Upserts.column(activities, ActivityForm::participantsWomen));
    }

}
