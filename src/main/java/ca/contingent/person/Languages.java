package ca.contingent.person;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Language codes as people type them ("en, FR") and as the roster stores them ("en;fr").
 */
final class Languages {

    private Languages() {
    }

    /**
     * Lower case, separated by {@code ;}, duplicates dropped, order kept. Whatever is not
     * a code stays in the text so that validation can name it rather than silently lose
     * it.
     */
    static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return String.join(";",
                Arrays.stream(text.trim().split("[;,\\s]+"))
                    .filter((code) -> !code.isEmpty())
                    .map((code) -> code.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList());
    }

    static List<String> split(String languages) {
        return languages == null || languages.isBlank() ? List.of() : List.of(languages.split(";"));
    }

}
