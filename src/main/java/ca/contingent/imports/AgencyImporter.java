package ca.contingent.imports;

import java.time.LocalDate;
import java.util.List;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class AgencyImporter implements KindImporter<AgencyImporter.AgencyLine> {

    static final List<String> TYPES = List.of("FEDERAL", "PROVINCIAL", "REGIONAL", "MUNICIPAL", "CIVILIAN");

    /** As the schema's agency_province_check lists them. */
    static final List<String> PROVINCES = List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC",
            "SK", "YT");

    /** An agency as the audit log shows it: the file's columns. */
    private static final String JSON = """
            jsonb_build_object('code', %1$s.code, 'name_en', %1$s.name_en, 'name_fr', %1$s.name_fr,
                               'type', %1$s.type, 'province', %1$s.province, 'partner_since', %1$s.partner_since)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as r(code, name_en, name_fr, type, province, partner_since)
            ), old as (
                select t.code, %1$s as before from agency t where t.code in (select code from r)
            ), up as (
                insert into agency (code, name_en, name_fr, type, province, partner_since)
                select r.code, r.name_en, r.name_fr, r.type, r.province, r.partner_since::date
                from r
                on conflict (code) do update
                    set name_en = excluded.name_en, name_fr = excluded.name_fr, type = excluded.type,
                        province = excluded.province, partner_since = excluded.partner_since,
                        version = agency.version + 1
                    where (agency.name_en, agency.name_fr, agency.type, agency.province, agency.partner_since)
                          is distinct from
                          (excluded.name_en, excluded.name_fr, excluded.type, excluded.province, excluded.partner_since)
                returning agency.*, (xmax = 0) as created
            )
            select up.code, up.created, old.before::text, %2$s::text
            from up left join old on old.code = up.code
            """.formatted(JSON.formatted("t"), JSON.formatted("up"));

    private final JdbcTemplate jdbc;

    AgencyImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record AgencyLine(String code, String nameEn, String nameFr, String type, String province, LocalDate partnerSince) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.AGENCIES;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.required("type"), Column.optional("province"), Column.required("partner_since"));
    }

    @Override
    public AgencyLine read(Cells cells) {
        AgencyLine line = new AgencyLine(cells.code("code", 20), cells.text("name_en", 200), cells.text("name_fr", 200),
                cells.oneOf("type", TYPES), cells.optionalOneOf("province", PROVINCES), cells.date("partner_since"));
        return line;
    }

    @Override
    public String key(AgencyLine line) {
        return line.code();
    }

    @Override
    public void check(List<Line<AgencyLine>> lines, Problems problems, ImportScope scope) {
        // An agency refers to nothing else.
    }

    @Override
    public List<Written> write(List<AgencyLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, AgencyLine::code),
                Upserts.column(lines, AgencyLine::nameEn), Upserts.column(lines, AgencyLine::nameFr),
                Upserts.column(lines, AgencyLine::type), Upserts.column(lines, AgencyLine::province),
                Upserts.column(lines, AgencyLine::partnerSince));
    }

}
