package ca.contingent.agency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Canadian provinces and territories an agency may belong to, by their two-letter
 * postal codes, with their names in both official languages. The one list: the agency
 * form, the agencies import and the table's {@code agency_province_check} (which states
 * the same codes; a test holds them equal) all take it from here.
 */
public enum Province {

    AB("Alberta", "Alberta"), BC("British Columbia", "Colombie-Britannique"), MB("Manitoba", "Manitoba"),
    NB("New Brunswick", "Nouveau-Brunswick"), NL("Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    NS("Nova Scotia", "Nouvelle-Écosse"), NT("Northwest Territories", "Territoires du Nord-Ouest"),
    NU("Nunavut", "Nunavut"), ON("Ontario", "Ontario"), PE("Prince Edward Island", "Île-du-Prince-Édouard"),
    QC("Quebec", "Québec"), SK("Saskatchewan", "Saskatchewan"), YT("Yukon", "Yukon");

    private static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

    private final String nameEn;

    private final String nameFr;

    Province(String nameEn, String nameFr) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
    }

    /**
     * The province of this code, written exactly so (two capital letters).
     * @throws IllegalArgumentException when it is not one of the codes
     */
    public static Province of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Not a province or territory: " + code));
    }

    public static Optional<Province> find(String code) {
        return code != null && CODES.contains(code) ? Optional.of(valueOf(code)) : Optional.empty();
    }

    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    /** Every code, in the order of the list. */
    public static List<String> codes() {
        return CODES;
    }

    public String code() {
        return name();
    }

    public String nameEn() {
        return this.nameEn;
    }

    public String nameFr() {
        return this.nameFr;
    }

    /** The name in French for {@code "fr"}, in English otherwise. */
    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

}
