package ca.contingent.person;

/** A person as a choice in a form: "P0001 – Family, Given". */
public record PersonOption(String externalId, String familyName, String givenName) {

    public String label() {
        return this.externalId + " – " + this.familyName + ", " + this.givenName;
    }

}
