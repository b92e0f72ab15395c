package ca.contingent.agency;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A partner agency. Its code is the key people, users and imports refer to it by. */
public record Agency(@Id Long id, String code, String nameEn, String nameFr, AgencyType type, String province,
        LocalDate partnerSince, @Version Integer version) {

    /**
     * A new agency from a validated form; the code and the province go through their
     * value types, so that no path writes one that breaks their rule.
     */
    static Agency create(AgencyForm form) {
        return new Agency(null, AgencyCode.of(form.code()).value(), form.nameEn(), form.nameFr(), form.type(),
                province(form), form.partnerSince(), null);
    }

    /** The same agency with the form's values, at the version the editor saw. */
    Agency edit(AgencyForm form, int seenVersion) {
        return new Agency(this.id, this.code, form.nameEn(), form.nameFr(), form.type(), province(form),
                form.partnerSince(), seenVersion);
    }

    private static String province(AgencyForm form) {
        return form.province() == null ? null : Province.of(form.province()).code();
    }

    /** The province's name in that language ("en" or "fr"); null when there is none. */
    public String provinceName(String language) {
        return Province.find(this.province).map((found) -> found.name(language)).orElse(null);
    }

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

}
