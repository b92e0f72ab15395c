package ca.contingent.personnel;

public enum Gender {

    F, M, X

}
