package ca.contingent.activity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantCountsTests {

    @Test
    void womenMayBeAsManyAsParticipantsButNoMore() {
        assertThat(ParticipantCounts.womenWithinParticipants(10, 0)).isTrue();
        assertThat(ParticipantCounts.womenWithinParticipants(10, 10)).isTrue();
        assertThat(ParticipantCounts.womenWithinParticipants(10, 11)).isFalse();
    }

    @Test
    void anEmptyWomensCountIsAlwaysWithin() {
        assertThat(ParticipantCounts.womenWithinParticipants(null, null)).isTrue();
        assertThat(ParticipantCounts.womenWithinParticipants(0, null)).isTrue();
    }

    @Test
    void anEmptyParticipantsCountCountsAsZero() {
        assertThat(ParticipantCounts.counted(null)).isZero();
        assertThat(ParticipantCounts.counted(7)).isEqualTo(7);
        assertThat(ParticipantCounts.womenWithinParticipants(null, 0)).isTrue();
        assertThat(ParticipantCounts.womenWithinParticipants(null, 1)).isFalse();
    }

}
