package ca.contingent.person;

import java.util.List;
import java.util.stream.Collectors;

import ca.contingent.shared.Language;

/**
 * One person as an import file gives them, the values already of their types. A value
 * whose cell broke its rule is {@code null} while the file is being checked; only valid
 * rows are written ({@link PersonImports}). The lengths are the form's and the table's.
 *
 * @param agencyCode the code of a stored agency
 * @param rank may be {@code null}
 * @param languages in the order given
 */
public record PersonValues(String externalId, String familyName, String givenName, Gender gender,
        PersonCategory category, String agencyCode, String rank, List<Language> languages) {

    public static final int EXTERNAL_ID_MAX_LENGTH = 40;

    public static final int NAME_MAX_LENGTH = 100;

    public static final int RANK_MAX_LENGTH = 60;

    /** The languages as stored, {@code en;fr}. */
    public static final int LANGUAGES_MAX_LENGTH = 60;

    public PersonValues {
        languages = languages == null ? null : List.copyOf(languages);
    }

    /** The languages as the roster stores them: codes separated by {@code ;}. */
    public String languageCodes() {
        return this.languages == null ? null
                : this.languages.stream().map(Language::code).collect(Collectors.joining(";"));
    }

    /**
     * Whether the row may be written: every required value there, each within its length.
     */
    public boolean valid() {
        return within(this.externalId, EXTERNAL_ID_MAX_LENGTH) && within(this.familyName, NAME_MAX_LENGTH)
                && within(this.givenName, NAME_MAX_LENGTH) && this.gender != null && this.category != null
                && this.agencyCode != null && (this.rank == null || within(this.rank, RANK_MAX_LENGTH))
                && this.languages != null && !this.languages.isEmpty() && within(languageCodes(), LANGUAGES_MAX_LENGTH);
    }

    private static boolean within(String text, int maxLength) {
        return text != null && !text.isBlank() && text.length() <= maxLength;
    }

}
