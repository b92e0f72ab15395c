package ca.contingent.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Missions and their components (one level deep). A component's parent may be in the
 * database or anywhere in the same file: top-level missions are written first, then
 * components.
 */
@Component
class MissionImporter implements KindImporter<MissionImporter.MissionLine> {

    static final List<String> ORGANIZATIONS = List.of("UN", "EU", "BILATERAL", "MULTILATERAL", "OTHER");

    static final List<String> LANGUAGES = List.of("en", "fr");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * A mission as the audit log shows it: the file's columns, the parent by its code.
     */
    private static final String JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'parent_code', %2$s.code, 'organization', %1$s.organization,
                               'country', %1$s.country, 'location', %1$s.location, 'language', %1$s.language,
                               'armed', %1$s.armed, 'authorized_strength', %1$s.authorized_strength,
                               'start_date', %1$s.start_date, 'end_date', %1$s.end_date)""";

    // The parent's code after the write is read from the stored missions: components are
    // written by a statement of
    // their own, after their parents, so a parent is always there to be seen.
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

    MissionImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record MissionLine(String code, String nameEn, String nameFr, String parentCode, String organization,
            String country, String location, String language, Boolean armed, Integer authorizedStrength,
            LocalDate startDate, LocalDate endDate, List<String> requiredReadiness) {

        /**
         * {@code requiredReadiness} is {@code null} when the file has no such column: the
         * stored items stay.
         */
        MissionLine {
            requiredReadiness = requiredReadiness == null ? null : List.copyOf(requiredReadiness);
        }

    }

    @Override
    public ImportKind kind() {
        return ImportKind.MISSIONS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.optional("parent_code"), Column.required("organization"), Column.required("country"),
                Column.required("location"), Column.required("language"), Column.required("armed"),
                Column.optional("authorized_strength"), Column.required("start_date"), Column.optional("end_date"),
                Column.optional("required_readiness"));
    }

    @Override
    public MissionLine read(Cells cells) {
        String code = cells.code("code", 30);
        String nameEn = cells.text("name_en", 200);
        String nameFr = cells.text("name_fr", 200);
        String parentCode = cells.optionalText("parent_code", 30);
        String organization = cells.oneOf("organization", ORGANIZATIONS);
        String country = cells.matching("country", COUNTRY, "import.error.country");
        String location = cells.text("location", 200);
        String language = cells.oneOf("language", LANGUAGES);
        Boolean armed = cells.bool("armed");
        Integer strength = cells.optionalWhole("authorized_strength", 0);
        LocalDate start = cells.date("start_date");
        LocalDate end = cells.optionalDate("end_date");
        if (start != null && end != null && end.isBefore(start)) {
            cells.problem("end_date", "import.error.endBeforeStart", end.toString(), start.toString());
        }
        if (code != null && code.equals(parentCode)) {
            cells.problem("parent_code", "import.error.ownParent", code);
        }
        // Absent column: the stored requirements stay; present and empty: the mission
        // requires nothing.
        List<String> required = null;
        if (cells.has("required_readiness")) {
            String items = cells.optionalText("required_readiness", 1000);
            required = items == null ? List.of()
                    : Arrays.stream(items.split(";"))
                        .map(String::trim)
                        .filter((item) -> !item.isEmpty())
                        .distinct()
                        .toList();
        }
        return new MissionLine(code, nameEn, nameFr, parentCode, organization, country, location, language, armed,
                strength, start, end, required);
    }

    @Override
    public String key(MissionLine line) {
        return line.code();
    }

    @Override
    public void check(List<Line<MissionLine>> lines, Problems problems, ImportScope scope) {
        // The missions as they will be once the file is written: stored ones, overridden
        // by the file's rows.
        Map<String, String> parents = new HashMap<>();
        this.jdbc.query("select m.code, p.code from mission m left join mission p on p.id = m.parent_id", (rs) -> {
            parents.put(rs.getString(1), rs.getString(2));
        });
        lines.stream()
            .filter((line) -> line.value().code() != null)
            .forEach((line) -> parents.put(line.value().code(), line.value().parentCode()));
        Set<String> withComponents = new HashSet<>();
        parents.values().stream().filter((parent) -> parent != null).forEach(withComponents::add);
        Set<String> items = Upserts.existing(this.jdbc, "select code from readiness_item_code where code = any(?)",
                lines.stream()
                    .map((line) -> line.value().requiredReadiness())
                    .filter((list) -> list != null)
                    .flatMap(List::stream)
                    .collect(Collectors.toSet()));
        for (Line<MissionLine> line : lines) {
            List<String> required = line.value().requiredReadiness();
            if (required != null) {
                required.stream()
                    .filter((item) -> !items.contains(item))
                    .forEach((item) -> problems.add(line.row(), "required_readiness",
                            "import.error.unknownReadinessItem", item));
            }
        }
        for (Line<MissionLine> line : lines) {
            String parent = line.value().parentCode();
            if (parent == null || parent.equals(line.value().code())) {
                continue;
            }
            if (!parents.containsKey(parent)) {
                problems.add(line.row(), "parent_code", "import.error.unknownMission", parent);
            }
            else if (parents.get(parent) != null) {
                problems.add(line.row(), "parent_code", "import.error.parentIsComponent", parent, parents.get(parent));
            }
            if (withComponents.contains(line.value().code())) {
                problems.add(line.row(), "parent_code", "import.error.hasComponents", line.value().code());
            }
        }
    }

    @Override
    public List<Written> write(List<MissionLine> lines) {
        List<MissionLine> topLevel = lines.stream().filter((line) -> line.parentCode() == null).toList();
        List<MissionLine> components = lines.stream().filter((line) -> line.parentCode() != null).toList();
        List<Written> written = new ArrayList<>(upsert(topLevel));
        written.addAll(upsert(components));
        for (MissionLine line : lines) {
            if (line.requiredReadiness() != null) {
                replaceRequiredReadiness(line.code(), line.requiredReadiness());
            }
        }
        return written;
    }

    private void replaceRequiredReadiness(String code, List<String> items) {
        this.jdbc.update("""
                delete from mission_required_readiness
                where mission_id = (select id from mission where code = ?) and not (item = any(?))""", code,
                items.toArray(String[]::new));
        this.jdbc.update("""
                insert into mission_required_readiness (mission_id, item)
                select (select id from mission where code = ?), unnest(?::text[])
                on conflict do nothing""", code, items.toArray(String[]::new));
    }

    private List<Written> upsert(List<MissionLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, MissionLine::code),
                Upserts.column(lines, MissionLine::nameEn), Upserts.column(lines, MissionLine::nameFr),
                Upserts.column(lines, MissionLine::parentCode), Upserts.column(lines, MissionLine::organization),
                Upserts.column(lines, MissionLine::country), Upserts.column(lines, MissionLine::location),
                Upserts.column(lines, MissionLine::language), Upserts.column(lines, MissionLine::armed),
                Upserts.column(lines, MissionLine::authorizedStrength), Upserts.column(lines, MissionLine::startDate),
                Upserts.column(lines, MissionLine::endDate));
    }

}
