package ca.contingent.person;

import java.util.List;

/**
 * A person as lists, the person page and the API show them: with the agency's code and
 * names.
 */
public record PersonRow(String externalId, String familyName, String givenName, Gender gender, PersonCategory category,
        String agency, String agencyNameEn, String agencyNameFr, String rank, String languages) {

    public List<String> languageList() {
        return Languages.split(this.languages);
    }

    public String agencyName(String language) {
        return "fr".equals(language) ? this.agencyNameFr : this.agencyNameEn;
    }

    /** "Family, Given", as the roster sorts and lists people. */
    public String fullName() {
        return this.familyName + ", " + this.givenName;
    }

}
