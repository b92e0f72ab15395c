package ca.contingent.shared;

/** What a write did to a record matched on its key. */
public enum WriteOutcome {

    CREATED, UPDATED, UNCHANGED

}
