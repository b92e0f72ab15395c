package ca.contingent.results;

import java.util.Locale;

/**
 * One of a mission's highlights of a year, in both languages, for documents and pages.
 *
 * @param mission the mission's code
 * @param fiscalYear written {@code 2024-25}
 * @param position the order among the mission's highlights of the year, from 1
 */
public record Highlight(String mission, String fiscalYear, int position, String titleEn, String titleFr, String textEn,
        String textFr) {

    /** The title in French for a French locale, otherwise in English. */
    public String title(Locale locale) {
        return french(locale) ? this.titleFr : this.titleEn;
    }

    /** The text in French for a French locale, otherwise in English. */
    public String text(Locale locale) {
        return french(locale) ? this.textFr : this.textEn;
    }

    private static boolean french(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }

}
