package ca.contingent.mission;

import java.time.LocalDate;
import java.util.List;

import ca.contingent.shared.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a person may enter about a mission; the code cannot change once created. The
 * parent is named by its code, chosen among the top-level missions; empty for a top-level
 * mission.
 */
@EndNotBeforeStart
public record MissionForm(
        @NotBlank(message = REQUIRED) @Size(max = CODE_LENGTH, message = LONG) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*",
                message = "{validation.code}") String code,
        @NotBlank(message = REQUIRED) @Size(max = TEXT_LENGTH, message = LONG) String nameEn,
        @NotBlank(message = REQUIRED) @Size(max = TEXT_LENGTH, message = LONG) String nameFr, String parent,
        @NotNull(message = REQUIRED) Organization organization,
        @NotBlank(message = REQUIRED) @CountryCode.Known(message = "{mission.validation.country}") String country,
        @NotBlank(message = REQUIRED) @Size(max = TEXT_LENGTH, message = LONG) String location,
        @NotBlank(message = REQUIRED) @Pattern(regexp = "en|fr",
                message = "{mission.validation.language}") String language,
        @NotNull(message = REQUIRED) Boolean armed,
        @PositiveOrZero(message = "{mission.validation.notNegative}") Integer authorizedStrength,
        @NotNull(message = REQUIRED) LocalDate startDate, LocalDate endDate, Integer version) {

    /**
     * Bean Validation's own texts ("must not be null") are not for people: these say what
     * to do, in both languages.
     */
    static final String REQUIRED = "{mission.validation.required}";

    static final String LONG = "{mission.validation.tooLong}";

    /** The longest mission code: the longest a reference to a mission can be. */
    public static final int CODE_LENGTH = 30;

    /** The longest name or location. */
    public static final int TEXT_LENGTH = 200;

    /**
     * The languages a mission may work in, as the language field's pattern lists them.
     */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    public MissionForm {
        code = code == null ? null : code.trim();
        parent = (parent == null || parent.isBlank()) ? null : parent.trim();
        country = country == null ? null : country.trim();
    }

    static MissionForm empty() {
        return new MissionForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static MissionForm of(Mission mission, String parentCode) {
        return new MissionForm(mission.code(), mission.nameEn(), mission.nameFr(), parentCode, mission.organization(),
                mission.country(), mission.location(), mission.language(), mission.armed(),
                mission.authorizedStrength(), mission.startDate(), mission.endDate(), mission.version());
    }

}
