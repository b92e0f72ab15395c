package ca.contingent.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.agency.AgencyCode;
import ca.contingent.agency.AgencyService;
import ca.contingent.person.Gender;
import ca.contingent.person.PersonCategory;
import ca.contingent.person.PersonImports;
import ca.contingent.person.PersonValues;
import ca.contingent.shared.Language;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * The personnel file: its columns, each cell read by the person module's rules, the
 * agencies and the caller's scope checked, and the rows handed to that module's writer.
 */
@Component
class PersonnelImporter implements KindImporter<PersonValues> {

    static final List<String> GENDERS = Arrays.stream(Gender.values()).map(Enum::name).toList();

    static final List<String> CATEGORIES = Arrays.stream(PersonCategory.values()).map(Enum::name).toList();

    private final PersonImports people;

    private final AgencyService agencies;

    PersonnelImporter(PersonImports people, AgencyService agencies) {
        this.people = people;
        this.agencies = agencies;
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
    public PersonValues read(Cells cells) {
        String externalId = cells.text("external_id", PersonValues.EXTERNAL_ID_MAX_LENGTH);
        String familyName = cells.text("family_name", PersonValues.NAME_MAX_LENGTH);
        String givenName = cells.text("given_name", PersonValues.NAME_MAX_LENGTH);
        String gender = cells.oneOf("gender", GENDERS);
        String category = cells.oneOf("category", CATEGORIES);
        String agencyCode = cells.text("agency_code", AgencyCode.MAX_LENGTH);
        String rank = cells.optionalText("rank", PersonValues.RANK_MAX_LENGTH);
        return new PersonValues(externalId, familyName, givenName, gender == null ? null : Gender.valueOf(gender),
                category == null ? null : PersonCategory.valueOf(category), agencyCode, rank, languages(cells));
    }

    /**
     * {@code en;fr}, spaces around the codes tolerated and dropped; each code by
     * {@link Language}'s rule.
     */
    private static List<Language> languages(Cells cells) {
        String value = cells.text("languages", PersonValues.LANGUAGES_MAX_LENGTH);
        if (value == null) {
            return null;
        }
        List<String> codes = Arrays.stream(value.split(";", -1)).map(String::trim).toList();
        if (!codes.stream().allMatch(Language::isCode)) {
            cells.problem("languages", "import.error.languages", value);
            return null;
        }
        return codes.stream().map(Language::of).toList();
    }

    @Override
    public String key(PersonValues line) {
        return line.externalId();
    }

    @Override
    public void check(List<Line<PersonValues>> lines, Problems problems, ImportScope scope) {
        Set<String> agencies = this.agencies
            .existing(lines.stream().map((line) -> line.value().agencyCode()).collect(Collectors.toSet()));
        Set<String> storedElsewhere = storedOutside(lines, scope);
        for (Line<PersonValues> line : lines) {
            // A row's agency being the caller's is not enough: the external id may be
            // someone of another agency, whom the upsert would otherwise change or move
            // into the caller's agency.
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
    private Set<String> storedOutside(List<Line<PersonValues>> lines, ImportScope scope) {
        if (scope.agencyCodes() == null) {
            return Set.of();
        }
        return this.people.storedOutside(
                lines.stream().map((line) -> line.value().externalId()).collect(Collectors.toSet()),
                scope.agencyCodes());
    }

    @Override
    public List<Written> write(List<PersonValues> lines) {
        return this.people.importRows(lines);
    }

}
