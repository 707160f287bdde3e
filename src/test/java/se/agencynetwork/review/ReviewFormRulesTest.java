package se.agencynetwork.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewFormRulesTest {

    @Test
    void ratingAcceptsOneToFiveAsNumberOrNumericText() {
        assertThat(ReviewFormRules.rating("benefitRating", 1L)).isEqualTo(1);
        assertThat(ReviewFormRules.rating("benefitRating", 5)).isEqualTo(5);
        assertThat(ReviewFormRules.rating("benefitRating", 3.0d)).isEqualTo(3);
        assertThat(ReviewFormRules.rating("benefitRating", " 4 ")).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "7", "-1", "2.5", "bra", " "})
    void ratingOutsideOneToFiveIsRefusedNamingTheField(String value) {
        Object input = value.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.valueOf(value) : value;
        assertThatThrownBy(() -> ReviewFormRules.rating("benefitRating", input))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageStartingWith("benefitRating: ");
    }

    @Test
    void missingRatingIsRefused() {
        assertThatThrownBy(() -> ReviewFormRules.rating("benefitRating", null))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("benefitRating: ett betyg 1–5 måste anges");
    }

    @Test
    void textIsLimitedAndBlankBecomesNull() {
        assertThat(ReviewFormRules.optionalText("mostUseful", "x".repeat(2000), 2000)).hasSize(2000);
        assertThat(ReviewFormRules.optionalText("mostUseful", "  ", 2000)).isNull();
        assertThatThrownBy(() -> ReviewFormRules.optionalText("mostUseful", "x".repeat(2001), 2000))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageStartingWith("mostUseful: texten får vara högst 2000 tecken");
        assertThatThrownBy(() -> ReviewFormRules.requiredText("reviewSummary", "", 4000))
                .hasMessage("reviewSummary: måste fyllas i");
    }

    @Test
    void checkboxLeftAloneIsNo() {
        assertThat(ReviewFormRules.flag("wantsToContinue", null)).isFalse();
        assertThat(ReviewFormRules.flag("wantsToContinue", true)).isTrue();
        assertThat(ReviewFormRules.flag("wantsToContinue", "false")).isFalse();
        assertThatThrownBy(() -> ReviewFormRules.flag("wantsToContinue", "kanske"))
                .hasMessageStartingWith("wantsToContinue: ");
    }

    @Test
    void decisionMustBeOneOfTheChoices() {
        assertThat(ReviewFormRules.choice("decision", "WIND_DOWN", ReviewDecision.Decision.class))
                .isEqualTo(ReviewDecision.Decision.WIND_DOWN);
        assertThatThrownBy(() -> ReviewFormRules.choice("decision", "MAYBE", ReviewDecision.Decision.class))
                .hasMessageStartingWith("decision: 'MAYBE' är inget giltigt val");
        assertThatThrownBy(() -> ReviewFormRules.choice("decision", null, ReviewDecision.Decision.class))
                .hasMessage("decision: ett val måste göras");
    }

    @Test
    void startFormYearAndLastDay() {
        LocalDate today = LocalDate.of(2027, 1, 15);
        assertThat(ReviewFormRules.optionalYear("reviewYear", null)).isNull();
        assertThat(ReviewFormRules.optionalYear("reviewYear", 2027L)).isEqualTo(2027);
        assertThat(ReviewFormRules.optionalYear("reviewYear", "2026")).isEqualTo(2026);
        assertThatThrownBy(() -> ReviewFormRules.optionalYear("reviewYear", 1999))
                .hasMessageStartingWith("reviewYear: ");
        assertThat(ReviewFormRules.optionalDateFrom("lastAnswerDate", "2027-02-05", today))
                .isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(ReviewFormRules.optionalDateFrom("lastAnswerDate", "2027-01-15T00:00:00", today)).isEqualTo(today);
        assertThatThrownBy(() -> ReviewFormRules.optionalDateFrom("lastAnswerDate", "2027-01-14", today))
                .hasMessage("lastAnswerDate: datumet 2027-01-14 har redan passerat");
        assertThatThrownBy(() -> ReviewFormRules.optionalDateFrom("lastAnswerDate", "15/1", today))
                .hasMessageStartingWith("lastAnswerDate: datumet måste anges som ÅÅÅÅ-MM-DD");
    }
}
