package ca.contingent.agency;

import java.time.LocalDate;

/**
 * One agency as an import file gives it, its values already of their types. A value whose
 * cell broke its rule is {@code null} while the file is being checked; only complete rows
 * are written ({@link AgencyImports}).
 *
 * @param province may be {@code null}: an agency need not belong to a province
 */
public record AgencyValues(AgencyCode code, String nameEn, String nameFr, AgencyType type, Province province,
        LocalDate partnerSince) {

    /** The longest name in either language, as the table and the form allow it. */
    public static final int NAME_MAX_LENGTH = 200;

    /**
     * Whether the row may be written: every required value there (the province is
     * optional; the code and province are valid by their types) and the names within
     * their length.
     */
    public boolean valid() {
        return this.code != null && validName(this.nameEn) && validName(this.nameFr) && this.type != null
                && this.partnerSince != null;
    }

    private static boolean validName(String name) {
        return name != null && !name.isBlank() && name.length() <= NAME_MAX_LENGTH;
    }

}
