package ca.contingent.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A country by its ISO 3166-1 alpha-2 code, among those the JDK knows
 * ({@link Locale#getISOCountries()}), written in capitals as the standard writes them;
 * its names in English and French come from the JDK too. The database's check states the
 * form (two capital letters); this type also refuses a code of that form that names no
 * country, such as {@code XX}.
 *
 * @param code the two capital letters, for example {@code HT}
 */
public record CountryCode(String code) {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (!isKnown(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + code);
        }
    }

    /**
     * The country of this code.
     * @throws IllegalArgumentException when the code names no country
     */
    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    /**
     * Whether the text is exactly the code of a country (capitals, nothing around it).
     */
    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** Every country, by code. */
    public static List<CountryCode> all() {
        return KNOWN.stream().sorted().map(CountryCode::new).toList();
    }

    /** The country's name in French for {@code "fr"}, in English otherwise. */
    public String name(String language) {
        Locale country = new Locale.Builder().setRegion(this.code).build();
        return country.getDisplayCountry("fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return this.code;
    }

    /**
     * A form's text that is empty (a required field says so with its own constraint) or
     * the code of a country.
     */
    @Documented
    @Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Known.Check.class)
    public @interface Known {

        String message();

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Known, String> {

            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null || value.isEmpty() || isKnown(value);
            }

        }

    }

}
