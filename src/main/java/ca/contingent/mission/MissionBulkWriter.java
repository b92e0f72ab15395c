package ca.contingent.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.readiness.MissionRequirements;
import ca.contingent.readiness.ReadinessCode;
import ca.contingent.readiness.ReadinessCodes;
import ca.contingent.shared.Bulk;
import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many missions at once, as the missions import brings them: checked against the rules of
 * the mission form (its Bean Validation, the one-level rule of {@link MissionTree}, the
 * readiness items the mission page accepts), then written with one set-based upsert. A
 * component's parent may be stored or anywhere among the lines: top-level missions are
 * written first, then components.
 */
@Service
public class MissionBulkWriter {

    /**
     * A mission as the audit log shows it: the import file's columns, the parent by its
     * code.
     */
    private static final String JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'parent_code', %2$s.code, 'organization', %1$s.organization,
                               'country', %1$s.country, 'location', %1$s.location, 'language', %1$s.language,
                               'armed', %1$s.armed, 'authorized_strength', %1$s.authorized_strength,
                               'start_date', %1$s.start_date, 'end_date', %1$s.end_date)""";

    // The parent's code after the write is read from the stored missions: components are
    // written by a statement of their own, after their parents, so a parent is always
    // there to be seen.
    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(code, name_en, name_fr, parent_code, organization, country, location, language, armed,
                          authorized_strength, start_date, end_date)
            ), old as (
                select t.code, %1$s as before
                from mission t left join mission p on p.id = t.parent_id
                where t.code in (select code from r)
            ), up as (
                insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language,
                                     armed, authorized_strength, start_date, end_date)
                select r.code, r.name_en, r.name_fr, (select p.id from mission p where p.code = r.parent_code),
                       r.organization, r.country, r.location, r.language, r.armed::boolean,
                       r.authorized_strength::integer, r.start_date::date, r.end_date::date
                from r
                on conflict (code) do update
                    set name_en = excluded.name_en, name_fr = excluded.name_fr, parent_id = excluded.parent_id,
                        organization = excluded.organization, country = excluded.country,
                        location = excluded.location, language = excluded.language, armed = excluded.armed,
                        authorized_strength = excluded.authorized_strength, start_date = excluded.start_date,
                        end_date = excluded.end_date, version = mission.version + 1
                    where (mission.name_en, mission.name_fr, mission.parent_id, mission.organization,
                           mission.country, mission.location, mission.language, mission.armed,
                           mission.authorized_strength, mission.start_date, mission.end_date)
                          is distinct from
                          (excluded.name_en, excluded.name_fr, excluded.parent_id, excluded.organization,
                           excluded.country, excluded.location, excluded.language, excluded.armed,
                           excluded.authorized_strength, excluded.start_date, excluded.end_date)
                returning mission.*, (xmax = 0) as created
            )
            select up.code, up.created, old.before::text, %2$s::text
            from up left join mission p on p.id = up.parent_id left join old on old.code = up.code
            """.formatted(JSON.formatted("t", "p"), JSON.formatted("up", "p"));

    private final JdbcTemplate jdbc;

    private final Validator validator;

    private final MissionService missions;

    private final ReadinessCodes readinessCodes;

    private final MissionRequirements requirements;

    MissionBulkWriter(JdbcTemplate jdbc, Validator validator, MissionService missions, ReadinessCodes readinessCodes,
            MissionRequirements requirements) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.missions = missions;
        this.readinessCodes = readinessCodes;
        this.requirements = requirements;
    }

    /**
     * A mission to write, and the readiness items it requires.
     *
     * @param requiredReadiness {@code null} to keep the stored items (the file has no
     * such column); empty when the mission requires nothing
     */
    public record Line(MissionForm mission, List<String> requiredReadiness) {

        public Line {
            requiredReadiness = requiredReadiness == null ? null : List.copyOf(requiredReadiness);
        }

    }

    /**
     * Every rule the lines break, each named by row and by field of {@link MissionForm}
     * (and {@code requiredReadiness}). The one-level rule is checked on the missions as
     * they will be once the lines are written: stored ones, overridden by the lines.
     */
    @Transactional(readOnly = true)
    public List<Bulk.Problem> check(List<Bulk.Row<Line>> rows) {
        Map<String, String> parents = this.missions.parents();
        rows.stream()
            .map((row) -> row.value().mission())
            .filter((mission) -> mission.code() != null)
            .forEach((mission) -> parents.put(mission.code(), mission.parent()));
        MissionTree tree = new MissionTree(parents);
        Set<String> items = this.readinessCodes.list().stream().map(ReadinessCode::code).collect(Collectors.toSet());
        List<Bulk.Problem> problems = new ArrayList<>();
        for (Bulk.Row<Line> row : rows) {
            MissionForm mission = row.value().mission();
            problems.addAll(Bulk.validate(this.validator, new Bulk.Row<>(row.row(), mission), EndNotBeforeStart.class));
            if (mission.startDate() != null && mission.endDate() != null
                    && mission.endDate().isBefore(mission.startDate())) {
                problems.add(new Bulk.Problem(row.row(), "endDate", "mission.bulk.endBeforeStart",
                        mission.endDate().toString(), mission.startDate().toString()));
            }
            List<MissionTree.Break> breaks = tree.breaks(mission.code(), mission.parent());
            if (!breaks.isEmpty() && breaks.get(0).kind() == MissionTree.Kind.OWN_PARENT) {
                problems.add(new Bulk.Problem(row.row(), "parent", "mission.bulk.ownParent", mission.code()));
            }
            List<String> required = row.value().requiredReadiness();
            if (required != null) {
                required.stream()
                    .filter((item) -> !items.contains(item))
                    .forEach((item) -> problems.add(new Bulk.Problem(row.row(), "requiredReadiness",
                            "mission.bulk.unknownReadinessItem", item)));
            }
            for (MissionTree.Break broken : breaks) {
                switch (broken.kind()) {
                    case UNKNOWN_PARENT -> problems
                        .add(new Bulk.Problem(row.row(), "parent", "mission.bulk.unknownParent", mission.parent()));
                    case PARENT_IS_COMPONENT -> problems.add(new Bulk.Problem(row.row(), "parent",
                            "mission.bulk.parentIsComponent", mission.parent(), broken.grandparent()));
                    case HAS_COMPONENTS -> problems
                        .add(new Bulk.Problem(row.row(), "parent", "mission.bulk.hasComponents", mission.code()));
                    case OWN_PARENT -> {
                        // Reported above, before the readiness items, as a row's own
                        // values come before its references.
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Writes every line, matched on the code; unchanged missions are not touched and not
     * returned. A line's required readiness, when given, replaces the mission's through
     * the readiness module, as the mission page does (and is audited as there).
     */
    @Transactional
    public List<Written> write(List<Line> lines) {
        List<MissionForm> topLevel = lines.stream()
            .map(Line::mission)
            .filter((mission) -> mission.parent() == null)
            .toList();
        List<MissionForm> components = lines.stream()
            .map(Line::mission)
            .filter((mission) -> mission.parent() != null)
            .toList();
        List<Written> written = new ArrayList<>(upsert(topLevel));
        written.addAll(upsert(components));
        for (Line line : lines) {
            if (line.requiredReadiness() != null) {
                String code = line.mission().code();
                this.requirements.set(this.missions.get(code).id(), code, line.requiredReadiness());
            }
        }
        return written;
    }

    private List<Written> upsert(List<MissionForm> missions) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(missions, MissionForm::code),
                Upserts.column(missions, MissionForm::nameEn), Upserts.column(missions, MissionForm::nameFr),
                Upserts.column(missions, MissionForm::parent), Upserts.column(missions, MissionForm::organization),
                Upserts.column(missions, MissionForm::country), Upserts.column(missions, MissionForm::location),
                Upserts.column(missions, MissionForm::language), Upserts.column(missions, MissionForm::armed),
                Upserts.column(missions, MissionForm::authorizedStrength),
                Upserts.column(missions, MissionForm::startDate), Upserts.column(missions, MissionForm::endDate));
    }

}
