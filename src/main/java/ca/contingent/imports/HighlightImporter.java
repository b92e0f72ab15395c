package ca.contingent.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each mission's highlights of a year, in both languages; key (mission, fiscal year,
 * position). A commander imports those of their own missions (components included); rows
 * of other missions are refused by row.
 */
@Component
class HighlightImporter implements KindImporter<HighlightImporter.HighlightLine> {

    private static final String JSON = """
            jsonb_build_object('mission_code', %2$s.code, 'fiscal_year', %1$s.fiscal_year,
                               'position', %1$s.position, 'title_en', %1$s.title_en, 'title_fr', %1$s.title_fr,
                               'text_en', %1$s.text_en, 'text_fr', %1$s.text_fr)""";

    private static final String UPSERT = """
            with r as (
                select m.id as mission_id, r.fiscal_year, r.position::integer as position, r.title_en, r.title_fr,
                       r.text_en, r.text_fr
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(mission_code, fiscal_year, position, title_en, title_fr, text_en, text_fr)
                join mission m on m.code = r.mission_code
            ), old as (
                select t.id, %1$s as before
                from highlight t
                join r on r.mission_id = t.mission_id and r.fiscal_year = t.fiscal_year and r.position = t.position
                join mission m on m.id = t.mission_id
            ), up as (
                insert into highlight (mission_id, fiscal_year, position, title_en, title_fr, text_en, text_fr)
                select mission_id, fiscal_year, position, title_en, title_fr, text_en, text_fr from r
                on conflict (mission_id, fiscal_year, position) do update
                    set title_en = excluded.title_en, title_fr = excluded.title_fr, text_en = excluded.text_en,
                        text_fr = excluded.text_fr, version = highlight.version + 1
                    where (highlight.title_en, highlight.title_fr, highlight.text_en, highlight.text_fr)
                          is distinct from (excluded.title_en, excluded.title_fr, excluded.text_en, excluded.text_fr)
                returning highlight.*, (xmax = 0) as created
            )
            select m.code || '|' || up.fiscal_year || '|' || up.position, up.created, old.before::text, %2$s::text
            from up join mission m on m.id = up.mission_id left join old on old.id = up.id
            """.formatted(JSON.formatted("t", "m"), JSON.formatted("up", "m"));

    private final JdbcTemplate jdbc;

    HighlightImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record HighlightLine(String missionCode, String fiscalYear, Integer position, String titleEn, String titleFr,
            String textEn, String textFr) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.HIGHLIGHTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("mission_code"), Column.required("fiscal_year"), Column.required("position"),
                Column.required("title_en"), Column.required("title_fr"), Column.required("text_en"),
                Column.required("text_fr"));
    }

    @Override
    public List<String> keyColumns() {
        return List.of("mission_code", "fiscal_year", "position");
    }

    @Override
    public HighlightLine read(Cells cells) {
        return new HighlightLine(cells.code("mission_code", 30), TargetImporter.fiscalYear(cells, "fiscal_year"),
                cells.whole("position", 1), cells.text("title_en", 200), cells.text("title_fr", 200),
                cells.text("text_en", 4000), cells.text("text_fr", 4000));
    }

    @Override
    public String key(HighlightLine line) {
        return line.missionCode() + "|" + line.fiscalYear() + "|" + line.position();
    }

    @Override
    public void check(List<Line<HighlightLine>> lines, Problems problems, ImportScope scope) {
        Set<String> missions = Upserts.existing(this.jdbc, "select code from mission where code = any(?)",
                lines.stream().map((line) -> line.value().missionCode()).collect(Collectors.toSet()));
        for (Line<HighlightLine> line : lines) {
            String mission = line.value().missionCode();
            if (mission == null) {
                continue;
            }
            if (!missions.contains(mission)) {
                problems.add(line.row(), "mission_code", "import.error.unknownMission", mission);
            }
            else if (!scope.allowsMission(mission)) {
                problems.add(line.row(), "mission_code", "import.error.outOfScope", mission);
            }
        }
    }

    @Override
    public List<Written> write(List<HighlightLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, HighlightLine::missionCode),
                Upserts.column(lines, HighlightLine::fiscalYear), Upserts.column(lines, HighlightLine::position),
                Upserts.column(lines, HighlightLine::titleEn), Upserts.column(lines, HighlightLine::titleFr),
                Upserts.column(lines, HighlightLine::textEn), Upserts.column(lines, HighlightLine::textFr));
    }

}
