package ca.contingent.deployment;

/** A mission as a choice in a form or a filter; a component names its parent. */
public record MissionOption(String code, String nameEn, String nameFr, String parent) {

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

    public String label(String language) {
        return this.code + " – " + name(language);
    }

}
