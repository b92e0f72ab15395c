package ca.contingent.activity;

/**
 * The rule of participant counts, in one place: women are never more than participants,
 * and an empty count of participants counts as 0 there (as the database's check
 * {@code activity_women_check} and the annual report read it). The activity form, the
 * activities import and the lines of a monthly report all ask it.
 */
public final class ParticipantCounts {

    private ParticipantCounts() {
    }

    /**
     * Whether {@code women} is within {@code participants}; an empty women's count is
     * always within, and an empty participants' count is 0.
     */
    public static boolean womenWithinParticipants(Integer participants, Integer women) {
        return women == null || women <= counted(participants);
    }

    /** The number of participants as the rule and the report count it: empty is 0. */
    public static int counted(Integer participants) {
        return participants == null ? 0 : participants;
    }

}
