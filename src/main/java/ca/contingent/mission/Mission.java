package ca.contingent.mission;

import java.time.LocalDate;

import ca.contingent.shared.CountryCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A mission, or a component of one when it has a parent. Components are one level deep:
 * the parent is always a top-level mission. Its code is the key deployments, activities
 * and imports refer to it by.
 */
public record Mission(@Id Long id, String code, String nameEn, String nameFr, Long parentId, Organization organization,
        String country, String location, String language, boolean armed, Integer authorizedStrength,
        LocalDate startDate, LocalDate endDate, @Version Integer version) {

    static Mission create(MissionForm form, Long parentId) {
        return new Mission(null, form.code(), form.nameEn(), form.nameFr(), parentId, form.organization(),
                form.country(), form.location(), form.language(), form.armed(), form.authorizedStrength(),
                form.startDate(), form.endDate(), null);
    }

    /** The same mission with the form's values, at the version the editor saw. */
    Mission edit(MissionForm form, Long parentId, int seenVersion) {
        return new Mission(this.id, this.code, form.nameEn(), form.nameFr(), parentId, form.organization(),
                form.country(), form.location(), form.language(), form.armed(), form.authorizedStrength(),
                form.startDate(), form.endDate(), seenVersion);
    }

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

    /**
     * The country's code and its name in the language, from {@link CountryCode}
     * ({@code HT – Haiti}); the code alone when it names no country (a record written
     * before codes were checked against the list).
     */
    public String countryLabel(String language) {
        return CountryCode.isKnown(this.country) ? this.country + " – " + CountryCode.of(this.country).name(language)
                : this.country;
    }

    public boolean isComponent() {
        return this.parentId != null;
    }

}
