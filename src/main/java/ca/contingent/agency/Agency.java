package ca.contingent.agency;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A partner agency. Its code is the key people, users and imports refer to it by. */
public record Agency(@Id Long id, String code, String nameEn, String nameFr, AgencyType type, String province,
        LocalDate partnerSince, @Version Integer version) {

    static Agency create(AgencyForm form) {
        return new Agency(null, form.code(), form.nameEn(), form.nameFr(), form.type(), form.province(),
                form.partnerSince(), null);
    }

    /** The same agency with the form's values, at the version the editor saw. */
    Agency edit(AgencyForm form, int seenVersion) {
        return new Agency(this.id, this.code, form.nameEn(), form.nameFr(), form.type(), form.province(),
                form.partnerSince(), seenVersion);
    }

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

}
