package ca.contingent.person;

/**
 * What a roster list is narrowed to; every part may be empty.
 *
 * @param q the start of the family or given name, any case and accents
 * @param agency an agency code
 * @param language an ISO 639-1 code the person speaks
 */
public record PersonFilter(String q, String agency, Gender gender, PersonCategory category, String language) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null);
    }

}
