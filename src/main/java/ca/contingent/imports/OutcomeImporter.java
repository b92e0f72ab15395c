package ca.contingent.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.contingent.results.Level;
import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The logic model's outcomes. A parent may come in the same file: rows are written one
 * level at a time, ultimate first, so that each level finds the parents written before
 * it.
 */
@Component
class OutcomeImporter implements KindImporter<OutcomeImporter.OutcomeLine> {

    private static final List<String> LEVELS = List.of("ULTIMATE", "INTERMEDIATE", "IMMEDIATE");

    private static final String JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'level', %1$s.level, 'parent_code', %2$s.code)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(code, name_en, name_fr, level, parent_code)
            ), old as (
                select t.code, %1$s as before
                from outcome t left join outcome p on p.id = t.parent_id
                where t.code in (select code from r)
            ), up as (
                insert into outcome (code, name_en, name_fr, level, parent_id)
                select r.code, r.name_en, r.name_fr, r.level, p.id
                from r left join outcome p on p.code = r.parent_code
                on conflict (code) do update
                    set name_en = excluded.name_en, name_fr = excluded.name_fr, level = excluded.level,
                        parent_id = excluded.parent_id, version = outcome.version + 1
                    where (outcome.name_en, outcome.name_fr, outcome.level, outcome.parent_id)
                          is distinct from (excluded.name_en, excluded.name_fr, excluded.level, excluded.parent_id)
                returning outcome.*, (xmax = 0) as created
            )
            select up.code, up.created, old.before::text, %2$s::text
            from up left join outcome p on p.id = up.parent_id left join old on old.code = up.code
            """.formatted(JSON.formatted("t", "p"), JSON.formatted("up", "p"));

    private final JdbcTemplate jdbc;

    OutcomeImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code parentGiven}: the parent cell was filled, even if with an invalid code
     * (already reported).
     */
    record OutcomeLine(String code, String nameEn, String nameFr, String level, String parentCode,
            boolean parentGiven) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.OUTCOMES;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.required("level"), Column.optional("parent_code"));
    }

    @Override
    public OutcomeLine read(Cells cells) {
        boolean parentGiven = cells.value("parent_code") != null;
        return new OutcomeLine(cells.code("code", 30), cells.text("name_en", 300), cells.text("name_fr", 300),
                cells.oneOf("level", LEVELS), parentGiven ? cells.code("parent_code", 30) : null, parentGiven);
    }

    @Override
    public String key(OutcomeLine line) {
        return line.code();
    }

    @Override
    public void check(List<Line<OutcomeLine>> lines, Problems problems, ImportScope scope) {
        // The level each code has once the file is written: the file's own rows win over
        // the stored ones.
        Map<String, String> levels = new HashMap<>();
        Upserts
            .existing(this.jdbc, "select code || '|' || level from outcome where code = any(?)",
                    lines.stream().map((line) -> line.value().parentCode()).collect(Collectors.toSet()))
            .forEach((found) -> levels.put(found.substring(0, found.indexOf('|')),
                    found.substring(found.indexOf('|') + 1)));
        for (Line<OutcomeLine> line : lines) {
            if (line.value().code() != null) {
                levels.put(line.value().code(), line.value().level());
            }
        }
        for (Line<OutcomeLine> line : lines) {
            OutcomeLine value = line.value();
            if (value.level() == null) {
                continue;
            }
            Level level = Level.valueOf(value.level());
            Level expected = level.parentLevel();
            String parent = value.parentCode();
            if (expected == null) {
                if (value.parentGiven()) {
                    problems.add(line.row(), "parent_code", "results.outcome.ultimateHasNoParent");
                }
                continue;
            }
            if (parent == null) {
                if (!value.parentGiven()) {
                    problems.add(line.row(), "parent_code", "results.outcome.parentRequired", level, expected);
                }
                continue;
            }
            String parentLevel = levels.get(parent);
            if (parentLevel == null) {
                problems.add(line.row(), "parent_code", "results.outcome.unknown", parent);
            }
            else if (parent.equals(value.code()) || !parentLevel.equals(expected.name())) {
                problems.add(line.row(), "parent_code", "results.outcome.parentLevel", parent, parentLevel, level,
                        expected);
            }
        }
    }

    @Override
    public List<Written> write(List<OutcomeLine> lines) {
        List<Written> written = new ArrayList<>();
        for (String level : LEVELS) {
            List<OutcomeLine> ofLevel = lines.stream().filter((line) -> level.equals(line.level())).toList();
            written.addAll(Upserts.run(this.jdbc, UPSERT, Upserts.column(ofLevel, OutcomeLine::code),
                    Upserts.column(ofLevel, OutcomeLine::nameEn), Upserts.column(ofLevel, OutcomeLine::nameFr),
                    Upserts.column(ofLevel, OutcomeLine::level), Upserts.column(ofLevel, OutcomeLine::parentCode)));
        }
        return written;
    }

}
