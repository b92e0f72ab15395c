package ca.contingent.readiness;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The readiness writer refuses a window that ends before it starts before it reaches the
 * database (here there is none): the importer must have refused the file.
 */
class ReadinessImportsTests {

    private final ReadinessImports writer = new ReadinessImports(null);

    @Test
    void refusesAWindowEndingBeforeItStarts() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> this.writer
            .importRows(List.of(new ReadinessItemValues("P1", "MEDICAL", from, from.minusDays(1)))));
    }

    @Test
    void anEmptyFileWritesNothing() {
        assertThat(this.writer.importRows(List.of())).isEmpty();
    }

}
