package ca.contingent.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/** The two languages of the program, as a two-letter code. */
public final class Language {

    private Language() {
    }

    /** {@code fr} when the current request is in French, otherwise {@code en}. */
    public static String current() {
        return of(LocaleContextHolder.getLocale());
    }

    public static String of(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? "fr" : "en";
    }

}
