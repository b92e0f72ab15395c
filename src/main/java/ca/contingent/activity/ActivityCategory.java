package ca.contingent.activity;

public enum ActivityCategory {

    TRAINING, MENTORING, INVESTIGATION, ADVISORY, OTHER

}
