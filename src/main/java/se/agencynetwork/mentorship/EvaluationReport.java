package se.agencynetwork.mentorship;

import java.math.BigDecimal;

import se.agencynetwork.survey.QuestionnaireResults;

/**
 * The evaluation's results as the network coordinator reads them: for all who answered and per role. The survey
 * hides a group's averages and free texts below the minimum of answers; here the roles are also shown apart only
 * when every role that answered has reached that minimum. Otherwise the results of all and those of the one role
 * shown would give away the other's (with 6 adepts and 1 mentor answering, the mentor's scores follow from the
 * two averages), so both roles show their counts only, with the reason in Swedish.
 *
 * @param overall the results of all who answered, or their counts and the survey's notice
 * @param adepts  the adepts' results, or their counts and why they are not shown
 * @param mentors the mentors' results, or their counts and why they are not shown
 */
record EvaluationReport(String overall, String adepts, String mentors) {

    static EvaluationReport of(QuestionnaireResults all, QuestionnaireResults adepts, QuestionnaireResults mentors) {
        if (all.responses() == 0 || all.hidden()) {
            String notice = "Visas inte per roll: för få svar totalt (se ovan).";
            return new EvaluationReport(all.summary(), counts(adepts) + "\n" + notice, counts(mentors) + "\n" + notice);
        }
        if (adepts.hidden() || mentors.hidden()) {
            String notice = "Resultaten visas inte per roll eftersom för få svarade i en roll (adepter: "
                    + adepts.responses() + ", mentorer: " + mentors.responses() + "). Tillsammans med resultaten för"
                    + " alla skulle deras svar annars kunna räknas fram. Per roll visas resultaten först när minst "
                    + all.minimum() + " i varje roll som svarat har svarat.";
            return new EvaluationReport(all.summary(), counts(adepts) + "\n" + notice, counts(mentors) + "\n" + notice);
        }
        return new EvaluationReport(all.summary(), adepts.summary(), mentors.summary());
    }

    /** The counts alone, as the survey's summary begins. */
    private static String counts(QuestionnaireResults results) {
        return "Svar: " + results.responses() + " av " + results.invited() + " (" + swedish(results.responseRate()) + " %)";
    }

    private static String swedish(BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }
}
