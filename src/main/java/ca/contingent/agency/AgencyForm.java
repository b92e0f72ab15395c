package ca.contingent.agency;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person may enter about an agency; the code cannot change once created. The rules
 * are those of the agencies import: {@link AgencyCode},
 * {@link AgencyValues#NAME_MAX_LENGTH}, {@link Province}.
 */
public record AgencyForm(
        @NotBlank @Size(max = AgencyCode.MAX_LENGTH) @Pattern(regexp = AgencyCode.FORMAT,
                message = "{validation.code}") String code,
        @NotBlank @Size(max = AgencyValues.NAME_MAX_LENGTH) String nameEn,
        @NotBlank @Size(max = AgencyValues.NAME_MAX_LENGTH) String nameFr, @NotNull AgencyType type,
        @ProvinceCode String province, @NotNull LocalDate partnerSince, Integer version) {

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
