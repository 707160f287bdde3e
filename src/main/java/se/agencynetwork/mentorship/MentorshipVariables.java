package se.agencynetwork.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessVariable;

/**
 * The variables of the mentorship programme ({@code mentorship}), each declared once and typed; the
 * per-agency and per-party answers are local to their task's execution. {@link Names} holds the same
 * names as compile-time text.
 */
public final class MentorshipVariables {

    // forms
    public static final String START_FORM = "mentorshipStartForm";
    public static final String PARTICIPATION_FORM = "mentorshipParticipationForm";
    public static final String APPROVAL_FORM = "mentorshipApprovalForm";
    public static final String MATCHING_FORM = "mentorshipMatchingForm";
    public static final String ANSWER_FORM = "mentorshipAnswerForm";
    public static final String CHECK_IN_FORM = "mentorshipCheckInForm";
    public static final String EARLY_END_FORM = "mentorshipEarlyEndForm";
    public static final String EVALUATION_FORM = "mentorshipEvaluationForm";

    // start form
    /** The programme's name ("Mentorprogram 2027"); {@code title} so that task names carry it. */
    static final ProcessVariable<String> TITLE = ProcessVariable.text(Names.TITLE);
    static final ProcessVariable<LocalDate> PERIOD_START = ProcessVariable.date(Names.PERIOD_START);
    static final ProcessVariable<LocalDate> PERIOD_END = ProcessVariable.date(Names.PERIOD_END);
    static final ProcessVariable<Long> PAIR_COUNT = ProcessVariable.whole(Names.PAIR_COUNT);
    static final ProcessVariable<Money> COST_PER_PAIR = ProcessVariable.money(Names.COST_PER_PAIR);
    static final ProcessVariable<LocalDate> LAST_ANSWER_DATE = ProcessVariable.date(Names.LAST_ANSWER_DATE);
    // set by the preparation
    static final ProcessVariable<List<String>> AGENCY_CODES = ProcessVariable.strings(Names.AGENCY_CODES);
    static final ProcessVariable<Instant> PARTICIPATION_DEADLINE = ProcessVariable.moment(Names.PARTICIPATION_DEADLINE);
    static final ProcessVariable<Instant> APPROVAL_DEADLINE = ProcessVariable.moment(Names.APPROVAL_DEADLINE);
    static final ProcessVariable<Instant> KICK_OFF_AT = ProcessVariable.moment(Names.KICK_OFF_AT);
    static final ProcessVariable<Instant> MID_POINT_AT = ProcessVariable.moment(Names.MID_POINT_AT);
    static final ProcessVariable<Instant> CLOSING_AT = ProcessVariable.moment(Names.CLOSING_AT);
    static final ProcessVariable<Instant> MID_POINT_DUE = ProcessVariable.moment(Names.MID_POINT_DUE);
    static final ProcessVariable<Instant> CLOSING_DUE = ProcessVariable.moment(Names.CLOSING_DUE);
    // per agency: the training coordinator's nomination (multi-instance element variable and task locals)
    static final ProcessVariable<String> AGENCY = ProcessVariable.text(Names.AGENCY);
    static final ProcessVariable<String> AGENCY_NAME = ProcessVariable.text(Names.AGENCY_NAME);
    static final ProcessVariable<Boolean> PARTICIPATES = ProcessVariable.flag(Names.PARTICIPATES);
    static final ProcessVariable<String> ADEPT_NAME = ProcessVariable.text(Names.ADEPT_NAME);
    static final ProcessVariable<String> ADEPT_EMAIL = ProcessVariable.text(Names.ADEPT_EMAIL);
    static final ProcessVariable<String> ADEPT_AREA = ProcessVariable.text(Names.ADEPT_AREA);
    static final ProcessVariable<Boolean> ADEPT_LEADERSHIP = ProcessVariable.flag(Names.ADEPT_LEADERSHIP);
    static final ProcessVariable<List<String>> ADEPT_LANGUAGES = ProcessVariable.strings(Names.ADEPT_LANGUAGES);
    static final ProcessVariable<String> ADEPT_GOALS = ProcessVariable.text(Names.ADEPT_GOALS);
    static final ProcessVariable<String> MENTOR_NAME = ProcessVariable.text(Names.MENTOR_NAME);
    static final ProcessVariable<String> MENTOR_EMAIL = ProcessVariable.text(Names.MENTOR_EMAIL);
    static final ProcessVariable<String> MENTOR_AREA = ProcessVariable.text(Names.MENTOR_AREA);
    static final ProcessVariable<Boolean> MENTOR_LEADERSHIP = ProcessVariable.flag(Names.MENTOR_LEADERSHIP);
    static final ProcessVariable<List<String>> MENTOR_LANGUAGES = ProcessVariable.strings(Names.MENTOR_LANGUAGES);
    static final ProcessVariable<String> MENTOR_OFFERS = ProcessVariable.text(Names.MENTOR_OFFERS);
    // compiled nominations and the heads' approval
    static final ProcessVariable<List<String>> NOMINATING_AGENCIES = ProcessVariable.strings(Names.NOMINATING_AGENCIES);
    /** What the agency nominated, one person a line, shown to its heads. */
    static final ProcessVariable<String> NOMINEES = ProcessVariable.text(Names.NOMINEES);
    static final ProcessVariable<Boolean> HEAD_APPROVES = ProcessVariable.flag(Names.HEAD_APPROVES);
    static final ProcessVariable<String> HEAD_COMMENT = ProcessVariable.text(Names.HEAD_COMMENT);
    // matching
    /** The proposal with each pair's score and reasons, shown to the council. */
    static final ProcessVariable<String> MATCHING_PROPOSAL = ProcessVariable.text(Names.MATCHING_PROPOSAL);
    /** The pairs, one a line {@code adept agency → mentor agency}: proposed by the application, adjusted by the council. */
    static final ProcessVariable<String> PAIR_PLAN = ProcessVariable.text(Names.PAIR_PLAN);
    static final ProcessVariable<Integer> PROPOSED_PAIR_COUNT = ProcessVariable.count(Names.PROPOSED_PAIR_COUNT);
    static final ProcessVariable<Integer> ACCEPTED_PAIR_COUNT = ProcessVariable.count(Names.ACCEPTED_PAIR_COUNT);
    // the parties' answers: one task per party, in the party's agency
    static final ProcessVariable<List<String>> ANSWER_AGENCIES = ProcessVariable.strings(Names.ANSWER_AGENCIES);
    /** Parallel to {@link #ANSWER_AGENCIES}: the party ({@code csn:ADEPT}) each task is about. */
    static final ProcessVariable<List<String>> ANSWER_PARTIES = ProcessVariable.strings(Names.ANSWER_PARTIES);
    static final ProcessVariable<String> PARTY = ProcessVariable.text(Names.PARTY);
    /** The party's pair as the training coordinator reads it. */
    static final ProcessVariable<String> PAIR_DESCRIPTION = ProcessVariable.text(Names.PAIR_DESCRIPTION);
    static final ProcessVariable<Boolean> ACCEPTS = ProcessVariable.flag(Names.ACCEPTS);
    static final ProcessVariable<String> DECLINE_REASON = ProcessVariable.text(Names.DECLINE_REASON);
    static final ProcessVariable<Boolean> ANY_DECLINED = ProcessVariable.flag(Names.ANY_DECLINED);
    // the running programme: one check-in task per pair and one early-end task per pair, in the adept's agency
    static final ProcessVariable<List<String>> PAIR_AGENCIES = ProcessVariable.strings(Names.PAIR_AGENCIES);
    /** Parallel to {@link #PAIR_AGENCIES}: the pair ids. */
    static final ProcessVariable<List<String>> PAIR_IDS = ProcessVariable.strings(Names.PAIR_IDS);
    static final ProcessVariable<Long> PAIR_ID = ProcessVariable.whole(Names.PAIR_ID);
    static final ProcessVariable<Long> MEETINGS_HELD = ProcessVariable.whole(Names.MEETINGS_HELD);
    static final ProcessVariable<String> END_REASON = ProcessVariable.text(Names.END_REASON);
    // closing
    static final ProcessVariable<Integer> COMPLETED_PAIR_COUNT = ProcessVariable.count(Names.COMPLETED_PAIR_COUNT);
    static final ProcessVariable<Long> TOTAL_MEETINGS = ProcessVariable.whole(Names.TOTAL_MEETINGS);
    // the evaluation by the adepts and mentors (an anonymous survey by personal link)
    /** When the survey closes: the last day plus network.mentorship.evaluation-period, 23:59 Swedish time. */
    static final ProcessVariable<Instant> EVALUATION_CLOSES_AT = ProcessVariable.moment(Names.EVALUATION_CLOSES_AT);
    static final ProcessVariable<Integer> EVALUATION_INVITED = ProcessVariable.count(Names.EVALUATION_INVITED);
    static final ProcessVariable<Integer> EVALUATION_RESPONSES = ProcessVariable.count(Names.EVALUATION_RESPONSES);
    /** The results of all who answered, as text for the report form (counts only when too few answered). */
    static final ProcessVariable<String> EVALUATION_OVERALL = ProcessVariable.text(Names.EVALUATION_OVERALL);
    /** The adepts' results, or why they are not shown apart. */
    static final ProcessVariable<String> EVALUATION_ADEPTS = ProcessVariable.text(Names.EVALUATION_ADEPTS);
    /** The mentors' results, or why they are not shown apart. */
    static final ProcessVariable<String> EVALUATION_MENTORS = ProcessVariable.text(Names.EVALUATION_MENTORS);
    /** True when fewer than the minimum answered: no averages or free texts are written anywhere. */
    static final ProcessVariable<Boolean> EVALUATION_HIDDEN = ProcessVariable.flag(Names.EVALUATION_HIDDEN);
    /** The network coordinator's conclusions for the education council. */
    static final ProcessVariable<String> EVALUATION_REPORT = ProcessVariable.text(Names.EVALUATION_REPORT);

    private MentorshipVariables() {
    }

    /** The variables' names as compile-time text, for annotations and tests. */
    public static final class Names {
        public static final String TITLE = "title";
        public static final String PERIOD_START = "periodStart";
        public static final String PERIOD_END = "periodEnd";
        public static final String PAIR_COUNT = "pairCount";
        public static final String COST_PER_PAIR = "costPerPair";
        public static final String LAST_ANSWER_DATE = "lastAnswerDate";
        public static final String AGENCY_CODES = "agencyCodes";
        public static final String PARTICIPATION_DEADLINE = "participationDeadline";
        public static final String APPROVAL_DEADLINE = "approvalDeadline";
        public static final String KICK_OFF_AT = "kickOffAt";
        public static final String MID_POINT_AT = "midPointAt";
        public static final String CLOSING_AT = "closingAt";
        public static final String MID_POINT_DUE = "midPointDue";
        public static final String CLOSING_DUE = "closingDue";
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String PARTICIPATES = "participates";
        public static final String ADEPT_NAME = "adeptName";
        public static final String ADEPT_EMAIL = "adeptEmail";
        public static final String ADEPT_AREA = "adeptArea";
        public static final String ADEPT_LEADERSHIP = "adeptLeadership";
        public static final String ADEPT_LANGUAGES = "adeptLanguages";
        public static final String ADEPT_GOALS = "adeptGoals";
        public static final String MENTOR_NAME = "mentorName";
        public static final String MENTOR_EMAIL = "mentorEmail";
        public static final String MENTOR_AREA = "mentorArea";
        public static final String MENTOR_LEADERSHIP = "mentorLeadership";
        public static final String MENTOR_LANGUAGES = "mentorLanguages";
        public static final String MENTOR_OFFERS = "mentorOffers";
        public static final String NOMINATING_AGENCIES = "nominatingAgencies";
        public static final String NOMINEES = "nominees";
        public static final String HEAD_APPROVES = "headApproves";
        public static final String HEAD_COMMENT = "headComment";
        public static final String MATCHING_PROPOSAL = "matchingProposal";
        public static final String PAIR_PLAN = "pairPlan";
        public static final String PROPOSED_PAIR_COUNT = "proposedPairCount";
        public static final String ACCEPTED_PAIR_COUNT = "acceptedPairCount";
        public static final String ANSWER_AGENCIES = "answerAgencies";
        public static final String ANSWER_PARTIES = "answerParties";
        public static final String PARTY = "party";
        public static final String PAIR_DESCRIPTION = "pairDescription";
        public static final String ACCEPTS = "accepts";
        public static final String DECLINE_REASON = "declineReason";
        public static final String ANY_DECLINED = "anyDeclined";
        public static final String PAIR_AGENCIES = "pairAgencies";
        public static final String PAIR_IDS = "pairIds";
        public static final String PAIR_ID = "pairId";
        public static final String MEETINGS_HELD = "meetingsHeld";
        public static final String END_REASON = "endReason";
        public static final String COMPLETED_PAIR_COUNT = "completedPairCount";
        public static final String TOTAL_MEETINGS = "totalMeetings";
        public static final String EVALUATION_CLOSES_AT = "evaluationClosesAt";
        public static final String EVALUATION_INVITED = "evaluationInvited";
        public static final String EVALUATION_RESPONSES = "evaluationResponses";
        public static final String EVALUATION_OVERALL = "evaluationOverall";
        public static final String EVALUATION_ADEPTS = "evaluationAdepts";
        public static final String EVALUATION_MENTORS = "evaluationMentors";
        public static final String EVALUATION_HIDDEN = "evaluationHidden";
        public static final String EVALUATION_REPORT = "evaluationReport";

        private Names() {
        }
    }
}
