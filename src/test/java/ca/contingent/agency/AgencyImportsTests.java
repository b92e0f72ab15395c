package ca.contingent.agency;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The agencies writer refuses a row that breaks the module's rules before it reaches the
 * database (here there is none): the importer must have refused the file.
 */
class AgencyImportsTests {

    private final AgencyImports writer = new AgencyImports(null);

    @Test
    void refusesAnIncompleteRowBeforeWritingAnything() {
        AgencyValues valid = new AgencyValues(AgencyCode.of("T-AI"), "Name", "Nom", AgencyType.FEDERAL, null,
                LocalDate.of(2030, 1, 1));
        AgencyValues nameless = new AgencyValues(AgencyCode.of("T-AI2"), null, "Nom", AgencyType.FEDERAL, null,
                LocalDate.of(2030, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> this.writer.importRows(List.of(valid, nameless)));
    }

    @Test
    void anEmptyFileWritesNothing() {
        assertThat(this.writer.importRows(List.of())).isEmpty();
    }

}
