package ca.contingent.agency;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person may enter about an agency; the code cannot change once created. */
public record AgencyForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "{validation.code}") String code,
        @NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameFr, @NotNull AgencyType type,
        @Pattern(regexp = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT", message = "{validation.province}") String province,
        @NotNull LocalDate partnerSince, Integer version) {

    public AgencyForm {
        province = (province == null || province.isBlank()) ? null : province.trim();
        code = code == null ? null : code.trim();
    }

    static AgencyForm empty() {
        return new AgencyForm(null, null, null, null, null, null, null);
    }

    static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.code(), agency.nameEn(), agency.nameFr(), agency.type(), agency.province(),
                agency.partnerSince(), agency.version());
    }

}
