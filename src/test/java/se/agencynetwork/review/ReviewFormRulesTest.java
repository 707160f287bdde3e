package se.agencynetwork.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.agencynetwork.review.ReviewVariables.Names.BENEFIT_RATING;
import static se.agencynetwork.review.ReviewVariables.Names.DECISION;
import static se.agencynetwork.review.ReviewVariables.Names.LAST_ANSWER_DATE;
import static se.agencynetwork.review.ReviewVariables.Names.MOST_USEFUL;
import static se.agencynetwork.review.ReviewVariables.Names.REVIEW_SUMMARY;
import static se.agencynetwork.review.ReviewVariables.Names.REVIEW_YEAR;
import static se.agencynetwork.review.ReviewVariables.Names.WANTS_TO_CONTINUE;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewFormRulesTest {

    @Test
    void ratingAcceptsOneToFiveAsNumberOrNumericText() {
        assertThat(ReviewFormRules.rating(BENEFIT_RATING, 1L)).isEqualTo(1);
        assertThat(ReviewFormRules.rating(BENEFIT_RATING, 5)).isEqualTo(5);
        assertThat(ReviewFormRules.rating(BENEFIT_RATING, 3.0d)).isEqualTo(3);
        assertThat(ReviewFormRules.rating(BENEFIT_RATING, " 4 ")).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "7", "-1", "2.5", "bra", " "})
    void ratingOutsideOneToFiveIsRefusedNamingTheField(String value) {
        Object input = value.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.valueOf(value) : value;
        assertThatThrownBy(() -> ReviewFormRules.rating(BENEFIT_RATING, input))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageStartingWith("benefitRating: ");
    }

    @Test
    void missingRatingIsRefused() {
        assertThatThrownBy(() -> ReviewFormRules.rating(BENEFIT_RATING, null))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("benefitRating: ett betyg 1–5 måste anges");
    }

    @Test
    void textIsLimitedAndBlankBecomesNull() {
        assertThat(ReviewFormRules.optionalText(MOST_USEFUL, "x".repeat(2000), 2000)).hasSize(2000);
        assertThat(ReviewFormRules.optionalText(MOST_USEFUL, "  ", 2000)).isNull();
        assertThatThrownBy(() -> ReviewFormRules.optionalText(MOST_USEFUL, "x".repeat(2001), 2000))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageStartingWith("mostUseful: texten får vara högst 2000 tecken");
        assertThatThrownBy(() -> ReviewFormRules.requiredText(REVIEW_SUMMARY, "", 4000))
                .hasMessage("reviewSummary: måste fyllas i");
    }

    @Test
    void checkboxLeftAloneIsNo() {
        assertThat(ReviewFormRules.flag(WANTS_TO_CONTINUE, null)).isFalse();
        assertThat(ReviewFormRules.flag(WANTS_TO_CONTINUE, true)).isTrue();
        assertThat(ReviewFormRules.flag(WANTS_TO_CONTINUE, "false")).isFalse();
        assertThatThrownBy(() -> ReviewFormRules.flag(WANTS_TO_CONTINUE, "kanske"))
                .hasMessageStartingWith("wantsToContinue: ");
    }

    @Test
    void decisionMustBeOneOfTheChoices() {
        assertThat(ReviewFormRules.choice(DECISION, "WIND_DOWN", ReviewDecision.Decision.class))
                .isEqualTo(ReviewDecision.Decision.WIND_DOWN);
        assertThatThrownBy(() -> ReviewFormRules.choice(DECISION, "MAYBE", ReviewDecision.Decision.class))
                .hasMessageStartingWith("decision: 'MAYBE' är inget giltigt val");
        assertThatThrownBy(() -> ReviewFormRules.choice(DECISION, null, ReviewDecision.Decision.class))
                .hasMessage("decision: ett val måste göras");
    }

    @Test
    void startFormYearAndLastDay() {
        LocalDate today = LocalDate.of(2027, 1, 15);
        assertThat(ReviewFormRules.optionalYear(REVIEW_YEAR, null)).isNull();
        assertThat(ReviewFormRules.optionalYear(REVIEW_YEAR, 2027L)).isEqualTo(2027);
        assertThat(ReviewFormRules.optionalYear(REVIEW_YEAR, "2026")).isEqualTo(2026);
        assertThatThrownBy(() -> ReviewFormRules.optionalYear(REVIEW_YEAR, 1999))
                .hasMessageStartingWith("reviewYear: ");
        assertThat(ReviewFormRules.optionalDateFrom(LAST_ANSWER_DATE, "2027-02-05", today))
                .isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(ReviewFormRules.optionalDateFrom(LAST_ANSWER_DATE, "2027-01-15T00:00:00", today)).isEqualTo(today);
        assertThatThrownBy(() -> ReviewFormRules.optionalDateFrom(LAST_ANSWER_DATE, "2027-01-14", today))
                .hasMessage("lastAnswerDate: datumet 2027-01-14 har redan passerat");
        assertThatThrownBy(() -> ReviewFormRules.optionalDateFrom(LAST_ANSWER_DATE, "15/1", today))
                .hasMessageStartingWith("lastAnswerDate: datumet måste anges som ÅÅÅÅ-MM-DD");
    }
}
