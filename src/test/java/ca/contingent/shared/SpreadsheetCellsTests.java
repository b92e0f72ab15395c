package ca.contingent.shared;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

    private static final String DANGEROUS = "=+-@\t\r\0";

    /**
     * Letters, accents, quotes, separators and the dangerous characters themselves,
     * anywhere after the first.
     */
    private static final String ALPHABET = "aZ09 Éèçœ«»\"',;\n\t\r\0=+-@()<>’";

    /**
     * Random strings from a seed printed on the console, so that a failure can be
     * reproduced by setting {@code -Dspreadsheet.seed=…}.
     */
    static Stream<Arguments> generated() {
        long seed = Long.getLong("spreadsheet.seed", System.nanoTime());
        System.out.println("SpreadsheetCellsTests seed: " + seed);
        Random random = new Random(seed);
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            // Half the strings start with a dangerous character, so both branches are
            // exercised on every run.
            if (random.nextBoolean()) {
                text.insert(0, DANGEROUS.charAt(random.nextInt(DANGEROUS.length())));
            }
            return Arguments.of(seed, text.toString());
        }).limit(500);
    }

    @ParameterizedTest(name = "seed {0}: [{1}]")
    @MethodSource("generated")
    void dangerousFirstCharactersAreQuotedAndOthersLeftAlone(long seed, String text) {
        String cell = SpreadsheetCells.neutralise(text);
        if (!text.isEmpty() && DANGEROUS.indexOf(text.charAt(0)) >= 0) {
            assertThat(cell).as("seed %d", seed).isEqualTo("'" + text);
        }
        else {
            assertThat(cell).as("seed %d", seed).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(1)", "\t=1", "\r=1" })
    void knownFormulasBecomeText(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Ève \"O'Brien\"", "<script>alert(1)</script>", "a=b", " =1", "'quoted" })
    void harmlessTextIsUnchanged(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo(text);
    }

    @Test
    void nullStaysNull() {
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }

}
