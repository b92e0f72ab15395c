package ca.contingent.mission;

/** Who runs a mission. */
public enum Organization {

    UN, EU, BILATERAL, MULTILATERAL, OTHER

}
