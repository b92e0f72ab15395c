package ca.contingent.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PersonnelImporter implements KindImporter<PersonnelImporter.PersonLine> {

    static final List<String> GENDERS = List.of("F", "M", "X");

    static final List<String> CATEGORIES = List.of("POLICE", "CIVILIAN");

    /** ISO 639-1 as the JDK knows it: two lower-case letters that name a language, not any two letters. */
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private static final String UPSERT = """
            insert into person (external_id, family_name, given_name, gender, category, agency_id, rank, languages)
            select r.external_id, r.family_name, r.given_name, r.gender, r.category, a.id, r.rank, r.languages
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as r(external_id, family_name, given_name, gender, category, agency_code, rank, languages)
            join agency a on a.code = r.agency_code
            on conflict (external_id) do update
                set family_name = excluded.family_name, given_name = excluded.given_name, gender = excluded.gender,
                    category = excluded.category, agency_id = excluded.agency_id, rank = excluded.rank,
                    languages = excluded.languages, version = person.version + 1
                where (person.family_name, person.given_name, person.gender, person.category, person.agency_id,
                       person.rank, person.languages)
                      is distinct from
                      (excluded.family_name, excluded.given_name, excluded.gender, excluded.category,
                       excluded.agency_id, excluded.rank, excluded.languages)
            returning (xmax = 0)
            """;

    private final JdbcTemplate jdbc;

    PersonnelImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record PersonLine(String externalId, String familyName, String givenName, String gender, String category,
            String agencyCode, String rank, String languages) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PERSONNEL;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("external_id"), Column.required("family_name"),
                Column.required("given_name"), Column.required("gender"), Column.required("category"),
                Column.required("agency_code"), Column.optional("rank"), Column.required("languages"));
    }

    @Override
    public PersonLine read(Cells cells) {
        PersonLine line = new PersonLine(cells.text("external_id", 40), cells.text("family_name", 100),
                cells.text("given_name", 100), cells.oneOf("gender", GENDERS), cells.oneOf("category", CATEGORIES),
                cells.text("agency_code", 20), cells.optionalText("rank", 60), languages(cells));
        return line;
    }

    /** {@code en;fr}, spaces around the codes tolerated and dropped. */
    private static String languages(Cells cells) {
        String value = cells.text("languages", 60);
        if (value == null) {
            return null;
        }
        List<String> codes = Arrays.stream(value.split(";", -1)).map(String::trim).toList();
        if (codes.stream().anyMatch((code) -> !code.matches("[a-z]{2}") || !ISO_639_1.contains(code))) {
            cells.problem("languages", "import.error.languages", value);
            return null;
        }
        return codes.stream().collect(Collectors.joining(";"));
    }

    @Override
    public String key(PersonLine line) {
        return line.externalId();
    }

    @Override
    public void check(List<Line<PersonLine>> lines, Problems problems, ImportScope scope) {
        Set<String> agencies = Upserts.existing(this.jdbc, "select code from agency where code = any(?)",
                lines.stream().map((line) -> line.value().agencyCode()).collect(Collectors.toSet()));
        for (Line<PersonLine> line : lines) {
            String agency = line.value().agencyCode();
            if (agency == null) {
                continue;
            }
            if (!agencies.contains(agency)) {
                problems.add(line.row(), "agency_code", "import.error.unknownAgency", agency);
            }
            else if (!scope.allowsAgency(agency)) {
                problems.add(line.row(), "agency_code", "import.error.outOfScope", agency);
            }
        }
        if (scope.agencyCode() == null) {
            return;
        }
        // A row may not take over someone of another agency either: its update would move them into the caller's.
        Map<String, String> agencyNow = Upserts.owners(this.jdbc,
                "select p.external_id, a.code from person p join agency a on a.id = p.agency_id"
                        + " where p.external_id = any(?)",
                lines.stream().map((line) -> line.value().externalId()).toList());
        for (Line<PersonLine> line : lines) {
            String current = agencyNow.get(line.value().externalId());
            if (current != null && !scope.allowsAgency(current)) {
                problems.add(line.row(), "external_id", "import.error.outOfScope", line.value().externalId());
            }
        }
    }

    @Override
    public Counts write(List<PersonLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, PersonLine::externalId),
                Upserts.column(lines, PersonLine::familyName), Upserts.column(lines, PersonLine::givenName),
                Upserts.column(lines, PersonLine::gender), Upserts.column(lines, PersonLine::category),
                Upserts.column(lines, PersonLine::agencyCode), Upserts.column(lines, PersonLine::rank),
                Upserts.column(lines, PersonLine::languages));
    }

}
