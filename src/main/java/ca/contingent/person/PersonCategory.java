package ca.contingent.person;

/** Sworn police officers and the civilian experts who deploy alongside them. */
public enum PersonCategory {

    POLICE, CIVILIAN

}
