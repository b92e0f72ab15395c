package ca.contingent.agency;

import java.util.regex.Pattern;

/**
 * An agency's code, the key people, users and imports name it by: capital letters,
 * digits, hyphens and underscores, starting with a letter or digit, at most
 * {@value #MAX_LENGTH} characters. The table's {@code agency_code_format} check and its
 * {@code varchar(20)} state the same rule; the agency form's annotations and the agencies
 * import take it from here.
 */
public record AgencyCode(String value) {

    public static final int MAX_LENGTH = 20;

    /** The format, for {@code @Pattern} on forms; the length is {@link #MAX_LENGTH}. */
    public static final String FORMAT = "[A-Z0-9][A-Z0-9_-]*";

    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public AgencyCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an agency code: " + value);
        }
    }

    /**
     * The code, surrounding spaces ignored.
     * @throws IllegalArgumentException when the text is not a valid code
     */
    public static AgencyCode of(String text) {
        return new AgencyCode(text == null ? null : text.trim());
    }

    /** Whether the text is a valid code as it stands (no spaces around it). */
    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && PATTERN.matcher(text).matches();
    }

    @Override
    public String toString() {
        return this.value;
    }

}
