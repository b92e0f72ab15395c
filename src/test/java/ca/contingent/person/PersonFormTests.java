package ca.contingent.person;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people form checks languages by the rule the personnel import applies: ISO 639-1
 * codes, typed as a person types them.
 */
class PersonFormTests {

    private static ValidatorFactory factory;

    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static PersonForm form(String languages) {
        return new PersonForm(null, "Family", "Given", Gender.F, PersonCategory.POLICE, "RCMP", null, languages, null);
    }

    private static Set<String> invalidFields(PersonForm form) {
        return validator.validate(form)
            .stream()
            .map(ConstraintViolation::getPropertyPath)
            .map(Object::toString)
            .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void languagesTypedAnyWayAreNormalisedAndAccepted() {
        PersonForm form = form(" FR, en ;fr");
        assertThat(form.languages()).isEqualTo("fr;en");
        assertThat(invalidFields(form)).isEmpty();
    }

    @Test
    void twoLettersThatNameNoLanguageAreRefusedAsTheImportRefusesThem() {
        assertThat(invalidFields(form("en;xx"))).containsExactly("languages");
        assertThat(invalidFields(form("qq"))).containsExactly("languages");
    }

    @Test
    void wordsAndEmptyLanguagesAreRefused() {
        assertThat(invalidFields(form("english"))).containsExactly("languages");
        assertThat(invalidFields(form(" "))).containsExactly("languages");
    }

    @Test
    void theValidatorLeavesAnEmptyValueToNotBlank() {
        assertThat(new LanguageCodes.Validator().isValid(null, null)).isTrue();
    }

}
