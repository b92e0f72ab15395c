package ca.contingent.person;

public enum Gender {

    F, M, X

}
