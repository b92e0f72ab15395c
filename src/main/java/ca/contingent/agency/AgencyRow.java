package ca.contingent.agency;

import java.time.LocalDate;

/** An agency as lists show it, with how many people it has on the roster. */
public record AgencyRow(String code, String nameEn, String nameFr, AgencyType type, String province,
        LocalDate partnerSince, int people) {

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

}
