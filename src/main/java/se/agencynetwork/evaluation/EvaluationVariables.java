package se.agencynetwork.evaluation;

/** Names of the course-evaluation process's variables. */
public final class EvaluationVariables {

    public static final String PROCESS_KEY = "course-evaluation";

    // input (from course-delivery or code)
    public static final String COURSE_KEY = "courseKey";
    public static final String COURSE_TITLE = "courseTitle";
    public static final String COURSE_END_DATE = "courseEndDate";
    public static final String PARTICIPANTS_JSON = "participantsJson";

    // written by SendSurveys
    public static final String SURVEY_CLOSES_AT = "surveyClosesAt";
    public static final String FOLLOW_UP_AT = "followUpAt";
    public static final String INVITED_COUNT = "invitedCount";
    public static final String FOLLOW_UP_AGENCIES = "followUpAgencies";
    public static final String AGENCY = "agency";

    // written by CompileSurveyResults
    public static final String RESPONSE_COUNT = "responseCount";
    public static final String RESPONSE_RATE = "responseRate";
    public static final String RELEVANCE_AVERAGE = "relevanceAverage";
    public static final String TRAINER_AVERAGE = "trainerAverage";
    public static final String OVERALL_AVERAGE = "overallAverage";
    public static final String NPS = "nps";
    public static final String SURVEY_COMMENTS = "surveyComments";
    public static final String ANY_RESPONSES = "anyResponses";
    /** True when fewer than network.evaluation.minimum-responses answered: no results or comments are written. */
    public static final String RESULTS_HIDDEN = "resultsHidden";
    /** The Swedish sentence the forms show instead of hidden results. */
    public static final String RESULTS_NOTICE = "resultsNotice";

    // forms
    public static final String EVALUATION_REPORT = "evaluationReport";
    public static final String START_FOLLOW_UP_IDEAS = "startFollowUpIdeas";
    public static final String FOLLOW_UP_IDEA_TITLES = "followUpIdeaTitles";
    public static final String COUNCIL_COMMENT = "councilComment";
    public static final String WORK_CHANGED = "workChanged";
    public static final String FOLLOW_UP_NOTES = "followUpNotes";
    public static final String STARTED_IDEAS = "startedFollowUpIdeas";

    private EvaluationVariables() {
    }
}
