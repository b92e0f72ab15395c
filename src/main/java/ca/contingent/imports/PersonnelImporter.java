package ca.contingent.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PersonnelImporter implements KindImporter<PersonnelImporter.PersonLine> {

    static final List<String> GENDERS = List.of("F", "M", "X");

    static final List<String> CATEGORIES = List.of("POLICE", "CIVILIAN");

    /**
     * ISO 639-1 as the JDK knows it: two lower-case letters that name a language, not any
     * two letters.
     */
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    /** A person as the audit log shows it: the file's columns, the agency by its code. */
    private static final String JSON = """
            jsonb_build_object('external_id', %1$s.external_id, 'family_name', %1$s.family_name,
                               'given_name', %1$s.given_name, 'gender', %1$s.gender, 'category', %1$s.category,
                               'agency_code', %2$s.code, 'rank', %1$s.rank, 'languages', %1$s.languages)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[])
                     as r(external_id, family_name, given_name, gender, category, agency_code, rank, languages)
            ), old as (
                select t.external_id, %1$s as before
                from person t join agency a on a.id = t.agency_id
                where t.external_id in (select external_id from r)
            ), up as (
                insert into person (external_id, family_name, given_name, gender, category, agency_id, rank,
                                    languages)
                select r.external_id, r.family_name, r.given_name, r.gender, r.category, a.id, r.rank, r.languages
                from r
                join agency a on a.code = r.agency_code
                on conflict (external_id) do update
                    set family_name = excluded.family_name, given_name = excluded.given_name,
                        gender = excluded.gender, category = excluded.category, agency_id = excluded.agency_id,
                        rank = excluded.rank, languages = excluded.languages, version = person.version + 1
                    where (person.family_name, person.given_name, person.gender, person.category, person.agency_id,
                           person.rank, person.languages)
                          is distinct from
                          (excluded.family_name, excluded.given_name, excluded.gender, excluded.category,
                           excluded.agency_id, excluded.rank, excluded.languages)
                returning person.*, (xmax = 0) as created
            )
            select up.external_id, up.created, old.before::text, %2$s::text
            from up join agency a on a.id = up.agency_id left join old on old.external_id = up.external_id
            """.formatted(JSON.formatted("t", "a"), JSON.formatted("up", "a"));

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
        return List.of(Column.required("external_id"), Column.required("family_name"), Column.required("given_name"),
                Column.required("gender"), Column.required("category"), Column.required("agency_code"),
                Column.optional("rank"), Column.required("languages"));
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
        Set<String> storedElsewhere = storedOutside(lines, scope);
        for (Line<PersonLine> line : lines) {
            // A row's agency being the caller's is not enough: the external id may be
            // someone of another agency,
            // whom the upsert would otherwise change or move into the caller's agency.
            if (storedElsewhere.contains(line.value().externalId())) {
                problems.add(line.row(), "external_id", "import.error.storedOutOfScope", line.value().externalId());
            }
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
    }

    /**
     * The file's external ids that are stored people of an agency outside the caller's
     * scope.
     */
    private Set<String> storedOutside(List<Line<PersonLine>> lines, ImportScope scope) {
        if (scope.agencyCodes() == null) {
            return Set.of();
        }
        Set<String> ids = lines.stream().map((line) -> line.value().externalId()).collect(Collectors.toSet());
        return Upserts.existing(this.jdbc, """
                select p.external_id from person p join agency a on a.id = p.agency_id
                where p.external_id = any(?) and a.code <> all(?)""", ids, scope.agencyCodes());
    }

    @Override
    public List<Written> write(List<PersonLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, PersonLine::externalId),
                Upserts.column(lines, PersonLine::familyName), Upserts.column(lines, PersonLine::givenName),
                Upserts.column(lines, PersonLine::gender), Upserts.column(lines, PersonLine::category),
                Upserts.column(lines, PersonLine::agencyCode), Upserts.column(lines, PersonLine::rank),
                Upserts.column(lines, PersonLine::languages));
    }

}
