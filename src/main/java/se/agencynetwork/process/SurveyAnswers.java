package se.agencynetwork.process;

/**
 * The course evaluation's survey answers as the survey page stores them, for code that answers on
 * the participants' behalf (the demo history). The evaluation capability implements it.
 */
public interface SurveyAnswers {

    /** How many participants of the course were invited to the survey. */
    int invited(String courseKey);

    /**
     * Stores one anonymous answer, as the survey page does: the ratings 1-5, the recommendation
     * 0-10 and the free texts (either may be null).
     */
    void answer(String courseKey, int relevance, int trainer, int overall, int nps, String learned, String comment);
}
