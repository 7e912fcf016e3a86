package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;

/** Examples pinning the edges of the minimum-age rule: nobody under 13 may hold an account. */
class AgePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @Test
    void someoneWhoseThirteenthBirthdayIsTodayIsOldEnough() {
        assertThat(AgePolicy.isOldEnough(LocalDate.of(2012, 6, 15), TODAY)).isTrue();
    }

    @Test
    void someoneWhoseThirteenthBirthdayIsTomorrowIsNotOldEnough() {
        assertThat(AgePolicy.isOldEnough(LocalDate.of(2012, 6, 16), TODAY)).isFalse();
    }

    @Test
    void someoneBornOnTwentyNinthFebruaryTurnsThirteenOnFirstMarchOfACommonYear() {
        LocalDate leapDay = LocalDate.of(2012, 2, 29);

        assertThat(AgePolicy.isOldEnough(leapDay, LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(AgePolicy.isOldEnough(leapDay, LocalDate.of(2025, 3, 1))).isTrue();
    }

    @Test
    void aMissingOrFutureBirthDateIsNeverOldEnough() {
        assertThat(AgePolicy.isOldEnough(null, TODAY)).isFalse();
        assertThat(AgePolicy.isOldEnough(TODAY.plusDays(1), TODAY)).isFalse();
    }

    @Test
    void requireOldEnoughNamesTheRuleThatRefusedTheBirthDate() {
        assertThatThrownBy(() -> AgePolicy.requireOldEnough(null, TODAY))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("birth-date-required");
                    assertThat(refusal.field()).isEqualTo("birthDate");
                });
        assertThatThrownBy(() -> AgePolicy.requireOldEnough(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("birth-date-in-future"));
        assertThatThrownBy(() -> AgePolicy.requireOldEnough(TODAY.minusYears(13).plusDays(1), TODAY))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo("age-requirement-not-met");
                    assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                });
        assertThatCode(() -> AgePolicy.requireOldEnough(TODAY.minusYears(13), TODAY))
                .doesNotThrowAnyException();
    }
}
