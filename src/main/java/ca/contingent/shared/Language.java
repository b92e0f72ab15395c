package ca.contingent.shared;

import java.util.Locale;
import java.util.Set;

/**
 * A language by its ISO 639-1 code, as the JDK knows them
 * ({@link Locale#getISOLanguages()}): two lower-case letters that name a language, not
 * any two letters. Its names in English and French come from the JDK too. The people
 * form, the personnel import and every language a person speaks take the rule from here.
 */
public record Language(String code) {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public Language {
        if (!isCode(code)) {
            throw new IllegalArgumentException("Not an ISO 639-1 language code: " + code);
        }
    }

    /**
     * The language of this code, written exactly so.
     * @throws IllegalArgumentException when it is not an ISO 639-1 code
     */
    public static Language of(String code) {
        return new Language(code);
    }

    public static boolean isCode(String code) {
        return code != null && ISO_639_1.contains(code);
    }

    public String nameEn() {
        return name("en");
    }

    public String nameFr() {
        return name("fr");
    }

    /** The language's name in the given language ("en" or "fr"), as the JDK writes it. */
    public String name(String language) {
        return Locale.forLanguageTag(this.code).getDisplayLanguage(Locale.forLanguageTag(language));
    }

    @Override
    public String toString() {
        return this.code;
    }

}
