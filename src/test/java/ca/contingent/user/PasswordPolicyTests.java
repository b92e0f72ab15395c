package ca.contingent.user;

import java.util.List;

import ca.contingent.shared.UnprocessableException.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theListOfWellKnownPasswordsHoldsAtLeastAHundredOfTwelveCharactersOrMore() {
        assertThat(this.policy.size()).isGreaterThanOrEqualTo(100);
        assertThat(this.policy.isCommon("password1234")).isTrue();
        assertThat(this.policy.isCommon("PASSWORD1234")).isTrue();
        assertThat(this.policy.isCommon("MotDePasse123")).isTrue();
        assertThat(this.policy.isCommon("violet tractor in the rain")).isFalse();
    }

    @Test
    void twelveCharactersAreEnoughAndLongPassphrasesAreWelcome() {
        assertThat(keys("abcdefghijk")).containsExactly("user.password.tooShort");
        assertThat(keys("violet-tract")).isEmpty();
        assertThat(keys("a".repeat(64) + " passphrase with spaces")).isEmpty();
        assertThat(keys("b".repeat(128))).isEmpty();
        assertThat(keys("b".repeat(129))).containsExactly("user.password.tooLong");
        assertThat(keys("")).containsExactly("user.password.required");
        assertThat(keys(null)).containsExactly("user.password.required");
    }

    @Test
    void charactersAreCountedNotBytesOrUtf16Units() {
        assertThat(keys("ééééééééééé")).containsExactly("user.password.tooShort");
        assertThat(keys("😀😀😀😀😀😀")).containsExactly("user.password.tooShort");
    }

    @Test
    void thePasswordCannotBeTheUserName() {
        assertThat(this.policy.check("password", "T-Someone-Long", "t-someone-long")).extracting(FieldError::messageKey)
            .containsExactly("user.password.username");
    }

    private List<String> keys(String password) {
        return this.policy.check("password", password, "t-user").stream().map(FieldError::messageKey).toList();
    }

}
