package ca.contingent.mission;

/**
 * A mission as a choice in a form or a filter: its code, its names and the code of the
 * mission it is a component of ({@code null} for a top-level mission). The one list of
 * them is {@link MissionService#choices()}; SQL reads the same from the view
 * {@code mission_choice}, which this module publishes.
 */
public record MissionChoice(String code, String nameEn, String nameFr, String parent) {

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

    /** The code and the name, as a list of choices shows them. */
    public String label(String language) {
        return this.code + " – " + name(language);
    }

    public boolean isComponent() {
        return this.parent != null;
    }

}
