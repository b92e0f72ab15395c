package ca.contingent.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Reading bodies as CSV, without Spring. */
class ImportCsvFileTests {

    @Test
    void readsHeaderTrimmedInLowerCaseAndQuotedFields() {
        ImportTable file = CsvFile
            .parse("\uFEFF Code , Name_EN\r\nA,\"x, \"\"y\"\"\nz\"\r\n\r\nB,w\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.header()).containsExactly("code", "name_en");
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).cell(1)).isEqualTo("x, \"y\"\nz");
        assertThat(file.rows()).extracting(ImportTable.Row::number).containsExactly(1, 2);
    }

    @Test
    void countsBytesWhateverTheBodyClaims() {
        byte[] body = new byte[101];
        assertThatThrownBy(() -> CsvFile.read(new ByteArrayInputStream(body), 100))
            .isInstanceOfSatisfying(ImportInputException.class, (ex) -> assertThat(ex.tooLarge()).isTrue());
        assertThat(CsvFile.read(new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)), 4).rows())
            .hasSize(1);
    }

    @Test
    void refusesEmptyBinaryAndNonUtf8Bodies() {
        assertThat(refusal(new byte[0])).isEqualTo("import.input.empty");
        assertThat(refusal("\uFEFF\n \n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.input.empty");
        assertThat(refusal(new byte[] { 'a', 0, 'b' })).isEqualTo("import.input.binary");
        assertThat(refusal(new byte[] { 'a', (byte) 0xE9, '\n' })).isEqualTo("spreadsheet.import.encoding");
        assertThat(refusal("a,\"b\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.input.notCsv");
    }

    /**
     * Whatever the bytes, reading ends in a file or a refusal with a message, never
     * another exception.
     */
    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 42, 20301 })
    void randomBytesNeverEscapeAsUnexpectedErrors(long seed) {
        System.out.println("seed " + seed);
        byte[] csvish = ",\"\n\r ab\u00e9".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = csvish[random.nextInt(csvish.length)];
                }
            }
            Throwable thrown = catchThrowable(() -> CsvFile.parse(bytes));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(ImportInputException.class);
            }
        }
    }

    private static String refusal(byte[] bytes) {
        Throwable thrown = catchThrowable(() -> CsvFile.parse(bytes));
        assertThat(thrown).isInstanceOf(ImportInputException.class);
        return ((ImportInputException) thrown).messageKey();
    }

}
