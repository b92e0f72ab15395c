package ca.contingent.agency;

public enum AgencyType {

    FEDERAL, PROVINCIAL, REGIONAL, MUNICIPAL, CIVILIAN

}
