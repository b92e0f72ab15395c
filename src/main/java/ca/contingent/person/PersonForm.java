package ca.contingent.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person may enter about someone on the roster. The external id may be left empty
 * on creation (one is generated) and cannot change afterwards; the agency is chosen by
 * its code; languages may be typed "en;fr" or "en, fr" and are stored normalised. The
 * lengths and the language rule are the personnel import's ({@link PersonValues},
 * {@link LanguageCodes}).
 */
public record PersonForm(
        @Size(max = PersonValues.EXTERNAL_ID_MAX_LENGTH, message = "{person.externalId.size}") @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{person.externalId.format}") String externalId,
        @NotBlank(message = "{person.familyName.required}") @Size(max = PersonValues.NAME_MAX_LENGTH,
                message = "{person.name.size}") String familyName,
        @NotBlank(message = "{person.givenName.required}") @Size(max = PersonValues.NAME_MAX_LENGTH,
                message = "{person.name.size}") String givenName,
        @NotNull(message = "{person.gender.required}") Gender gender,
        @NotNull(message = "{person.category.required}") PersonCategory category,
        @NotBlank(message = "{person.agency.required}") String agency,
        @Size(max = PersonValues.RANK_MAX_LENGTH, message = "{person.rank.size}") String rank,
        @NotBlank(message = "{person.languages.required}") @Size(max = PersonValues.LANGUAGES_MAX_LENGTH,
                message = "{person.languages.format}") @LanguageCodes String languages,
        Integer version) {

    public PersonForm {
        externalId = blankToNull(externalId);
        familyName = familyName == null ? null : familyName.trim();
        givenName = givenName == null ? null : givenName.trim();
        agency = blankToNull(agency);
        rank = blankToNull(rank);
        languages = Languages.normalise(languages);
    }

    static PersonForm empty() {
        return new PersonForm(null, null, null, null, null, null, null, null, null);
    }

    static PersonForm of(Person person, String agencyCode) {
        return new PersonForm(person.externalId(), person.familyName(), person.givenName(), person.gender(),
                person.category(), agencyCode, person.rank(), person.languages(), person.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
