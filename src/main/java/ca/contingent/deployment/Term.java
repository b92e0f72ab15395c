package ca.contingent.deployment;

public enum Term {

    LONG, SHORT

}
