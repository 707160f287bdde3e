package se.agencynetwork.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import se.agencynetwork.process.ProcessVariable;

/**
 * Key and variables of the course-evaluation process, each variable declared once and typed; the
 * steps and the tests read and write through these constants. {@link Names} holds the same names
 * as compile-time text for annotations ({@code @DelegateContract}).
 */
public final class EvaluationVariables {

    public static final String PROCESS_KEY = "course-evaluation";

    // input (from course-delivery or code)
    static final ProcessVariable<String> COURSE_KEY = ProcessVariable.text(Names.COURSE_KEY);
    static final ProcessVariable<String> COURSE_TITLE = ProcessVariable.text(Names.COURSE_TITLE);
    static final ProcessVariable<LocalDate> COURSE_END_DATE = ProcessVariable.date(Names.COURSE_END_DATE);
    /** The participants as JSON text: name, email, agency and attended per participant. */
    static final ProcessVariable<String> PARTICIPANTS_JSON = ProcessVariable.text(Names.PARTICIPANTS_JSON);

    // written by SendSurveys
    /** Swedish wall-clock time without a zone ({@code 2026-03-15T23:59}), as the BPMN timers read it. */
    static final ProcessVariable<LocalDateTime> SURVEY_CLOSES_AT = localTime(Names.SURVEY_CLOSES_AT);
    /** Swedish wall-clock time without a zone, as the BPMN timer reads it. */
    static final ProcessVariable<LocalDateTime> FOLLOW_UP_AT = localTime(Names.FOLLOW_UP_AT);
    static final ProcessVariable<Integer> INVITED_COUNT = ProcessVariable.count(Names.INVITED_COUNT);
    static final ProcessVariable<List<String>> FOLLOW_UP_AGENCIES = ProcessVariable.strings(Names.FOLLOW_UP_AGENCIES);
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);

    // written by CompileSurveyResults (texts, so that the report form shows them as they are)
    static final ProcessVariable<Integer> RESPONSE_COUNT = ProcessVariable.count(Names.RESPONSE_COUNT);
    static final ProcessVariable<String> RESPONSE_RATE = ProcessVariable.text(Names.RESPONSE_RATE);
    static final ProcessVariable<String> RELEVANCE_AVERAGE = ProcessVariable.text(Names.RELEVANCE_AVERAGE);
    static final ProcessVariable<String> TRAINER_AVERAGE = ProcessVariable.text(Names.TRAINER_AVERAGE);
    static final ProcessVariable<String> OVERALL_AVERAGE = ProcessVariable.text(Names.OVERALL_AVERAGE);
    static final ProcessVariable<String> NPS = ProcessVariable.text(Names.NPS);
    static final ProcessVariable<String> SURVEY_COMMENTS = ProcessVariable.text(Names.SURVEY_COMMENTS);
    static final ProcessVariable<Boolean> ANY_RESPONSES = ProcessVariable.flag(Names.ANY_RESPONSES);
    /** True when fewer than network.survey.minimum-responses answered: no results or comments are written. */
    static final ProcessVariable<Boolean> RESULTS_HIDDEN = ProcessVariable.flag(Names.RESULTS_HIDDEN);
    /** The Swedish sentence the forms show instead of hidden results. */
    static final ProcessVariable<String> RESULTS_NOTICE = ProcessVariable.text(Names.RESULTS_NOTICE);

    // forms
    static final ProcessVariable<String> EVALUATION_REPORT = ProcessVariable.text(Names.EVALUATION_REPORT);
    static final ProcessVariable<String> START_FOLLOW_UP_IDEAS = ProcessVariable.text(Names.START_FOLLOW_UP_IDEAS);
    /** One idea title a line. */
    static final ProcessVariable<String> FOLLOW_UP_IDEA_TITLES = ProcessVariable.text(Names.FOLLOW_UP_IDEA_TITLES);
    static final ProcessVariable<String> COUNCIL_COMMENT = ProcessVariable.text(Names.COUNCIL_COMMENT);
    static final ProcessVariable<String> WORK_CHANGED = ProcessVariable.text(Names.WORK_CHANGED);
    static final ProcessVariable<String> FOLLOW_UP_NOTES = ProcessVariable.text(Names.FOLLOW_UP_NOTES);
    static final ProcessVariable<List<String>> STARTED_IDEAS = ProcessVariable.strings(Names.STARTED_IDEAS);

    private EvaluationVariables() {
    }

    private static ProcessVariable<LocalDateTime> localTime(String name) {
        return ProcessVariable.of(name, value -> LocalDateTime.parse(value.toString()), LocalDateTime::toString);
    }

    /** The variables' names as compile-time text, for annotations; code reads and writes through the typed constants. */
    public static final class Names {
        public static final String COURSE_KEY = "courseKey";
        public static final String COURSE_TITLE = "courseTitle";
        public static final String COURSE_END_DATE = "courseEndDate";
        public static final String PARTICIPANTS_JSON = "participantsJson";
        public static final String SURVEY_CLOSES_AT = "surveyClosesAt";
        public static final String FOLLOW_UP_AT = "followUpAt";
        public static final String INVITED_COUNT = "invitedCount";
        public static final String FOLLOW_UP_AGENCIES = "followUpAgencies";
        public static final String AGENCY = "agency";
        public static final String RESPONSE_COUNT = "responseCount";
        public static final String RESPONSE_RATE = "responseRate";
        public static final String RELEVANCE_AVERAGE = "relevanceAverage";
        public static final String TRAINER_AVERAGE = "trainerAverage";
        public static final String OVERALL_AVERAGE = "overallAverage";
        public static final String NPS = "nps";
        public static final String SURVEY_COMMENTS = "surveyComments";
        public static final String ANY_RESPONSES = "anyResponses";
        public static final String RESULTS_HIDDEN = "resultsHidden";
        public static final String RESULTS_NOTICE = "resultsNotice";
        public static final String EVALUATION_REPORT = "evaluationReport";
        public static final String START_FOLLOW_UP_IDEAS = "startFollowUpIdeas";
        public static final String FOLLOW_UP_IDEA_TITLES = "followUpIdeaTitles";
        public static final String COUNCIL_COMMENT = "councilComment";
        public static final String WORK_CHANGED = "workChanged";
        public static final String FOLLOW_UP_NOTES = "followUpNotes";
        public static final String STARTED_IDEAS = "startedFollowUpIdeas";

        private Names() {
        }
    }
}
