package ca.contingent.person;

import java.util.List;

import ca.contingent.shared.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The personnel writer refuses a row that breaks the module's rules before it reaches the
 * database (here there is none): the importer must have refused the file.
 */
class PersonImportsTests {

    private final PersonImports writer = new PersonImports(null);

    @Test
    void refusesARowWithoutLanguagesBeforeWritingAnything() {
        PersonValues speechless = new PersonValues("T-PI", "Family", "Given", Gender.M, PersonCategory.CIVILIAN, "RCMP",
                null, List.of());
        PersonValues valid = new PersonValues("T-PI2", "Family", "Given", Gender.M, PersonCategory.CIVILIAN, "RCMP",
                null, List.of(Language.of("fr")));
        assertThatIllegalArgumentException().isThrownBy(() -> this.writer.importRows(List.of(valid, speechless)));
    }

    @Test
    void anEmptyFileWritesNothing() {
        assertThat(this.writer.importRows(List.of())).isEmpty();
    }

}
