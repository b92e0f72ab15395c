package ca.contingent.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Text as searches compare it. */
public final class Text {

    private Text() {
    }

    /**
     * Lower case without accents, as the database's {@code search_key} function folds
     * names.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
            .replace("Œ", "O")
            .replace("œ", "o")
            .replace("Æ", "A")
            .replace("æ", "a")
            .toLowerCase(Locale.ROOT);
    }

    /**
     * A LIKE pattern matching values that start with the given text, its wildcards
     * escaped.
     */
    public static String prefixPattern(String prefix) {
        return searchKey(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

}
