package se.agencynetwork.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.agencynetwork.process.Money;

/**
 * What the overview page shows for one year, for the whole network ({@code agency == null}) or for one
 * agency: every figure as it was read from the engine's and the application's tables a moment ago.
 */
public record Overview(
        int year,
        LocalDate today,
        String agency,
        String agencyName,
        List<Stage> funnel,
        List<IdeaLine> ideas,
        List<InterestRound> interestRounds,
        List<OpenTask> approvals,
        List<ProcurementDate> procurementDates,
        List<OpenTask> registrations,
        List<OpenTask> letters,
        List<ComingCourse> comingCourses,
        List<PastCourse> pastCourses,
        List<AgencyMoney> money,
        AgencyMoney moneyTotal,
        List<Quarter> quarters,
        List<CourseOutcome> courseOutcomes,
        List<ReviewYear> reviews,
        List<YhLine> yhApplications,
        List<RecruitmentLine> recruitmentActivities,
        Referrals referrals,
        List<MentorshipLine> mentorships,
        StaffLoanEvaluations staffLoanEvaluations) {

    /** The stages of an idea in the order it passes them. */
    public enum StageName {
        SUBMITTED("Inlämnade"),
        SCREENED("Granskade"),
        INTEREST_ROUND("Intresseomgång"),
        DECIDED("Beslutade"),
        IN_PROCUREMENT("Upphandling"),
        IN_DELIVERY("Genomförande"),
        EVALUATED("Utvärderade");

        private final String label;

        StageName(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** How many of the year's ideas reached a stage (or went further). */
    public record Stage(StageName name, int count) {
    }

    /** One idea of the year, at the furthest stage it reached; outcome when it ended without going on. */
    public record IdeaLine(String businessKey, String title, StageName stage, String outcome, boolean running) {
    }

    /** An interest round still open: its last day and the agencies that have not answered. */
    public record InterestRound(String businessKey, String title, LocalDate deadline, Long daysLeft,
            List<String> agenciesNotAnswered) {
    }

    /** An open task of one agency's group with its due date (approvals, registrations, letters of intent). */
    public record OpenTask(String businessKey, String title, String element, String taskName, String agency, String agencyName,
            LocalDate due, Long daysLeft) {
    }

    /** A procurement's tender period or standstill running out. */
    public record ProcurementDate(String businessKey, String title, String what, LocalDate date, long daysLeft) {
    }

    /** Seats, registered participants and reserves of one agency on a coming course. */
    public record AgencySeats(String agency, String agencyName, long seats, int registered, int reserves) {
    }

    public record ComingCourse(String businessKey, String title, LocalDate start, Long capacity,
            List<AgencySeats> agencies) {
    }

    /** How many of one agency's participants attended a past course. */
    public record Attendance(String agency, String agencyName, int attended) {
    }

    public record PastCourse(String businessKey, String title, LocalDate end, List<Attendance> agencies, int attended) {
    }

    /**
     * One agency's money for the year: committed (its shares in the latest preliminary allocations),
     * final (its shares in final allocations, after attendance) and the in-kind credits in them.
     */
    public record AgencyMoney(String agency, String agencyName, Money committed, Money finalShare, Money inKind) {
    }

    /** A quarter of the year and the invoicing basis CSV for it. */
    public record Quarter(String label, LocalDate from, LocalDate to, String csvUrl) {
    }

    /** A course's survey (level 1 and NPS; averages only from five answers) and its level-3 follow-up. */
    public record CourseOutcome(String courseKey, String title, LocalDate end, int responses, boolean shown,
            BigDecimal relevance, BigDecimal trainer, BigDecimal overall, Integer nps, String followUp) {
    }

    /** One year's network review: answers, the network's average rating and the agency's own rating. */
    public record ReviewYear(int year, int answers, BigDecimal average, Integer ownRating) {
    }

    /** A YH application, its letters of intent and MYH's decision. */
    /**
     * Candidate sharing in the year (referrals started then): how many candidates were referred, how
     * many consented, how many profiles are shown today, how many contacts were recorded. For one agency:
     * the referrals it made and the contacts it recorded. Counts only: nothing about the candidates.
     */
    public record Referrals(int referred, int consented, int sharedNow, int contacts) {
    }

    public record YhLine(String businessKey, String programme, String provider, int signed, int declined,
            int silent, int pending, String decision) {
    }

    /**
     * A joint recruitment activity: the agencies that signed up and, after the follow-up, the hires the
     * agencies that answered reported ({@code answered} of {@code participants}; silence is not zero).
     */
    public record RecruitmentLine(String businessKey, String title, LocalDate date, String status, int participants,
            Integer answered, Integer hires) {
    }

    /** The hires all followed-up recruitment activities led to, as the agencies that answered reported them. */
    public int recruitmentHires() {
        return recruitmentActivities.stream().map(RecruitmentLine::hires).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    /**
     * A mentorship programme and its pairs (an agency sees the pairs its adept or mentor is in): running,
     * completed, ended early, and the meetings they held (counted, never their contents); the programme's
     * evaluation: adepts and mentors asked (null before it is sent) and answers (null until it closes).
     */
    public record MentorshipLine(String businessKey, String title, String status, int running, int completed,
            int endedEarly, int meetings, Integer evaluationInvited, Integer evaluationResponses) {

        /** The evaluation as the overview shows it: "5 av 8", "skickad till 8" while open, "–" before. */
        public String evaluation() {
            if (evaluationInvited == null) {
                return "–";
            }
            return evaluationResponses == null ? "skickad till " + evaluationInvited
                    : evaluationResponses + " av " + evaluationInvited;
        }
    }

    /**
     * One side's evaluations of the staff loans that ended in the year ("Utvärdera utlånet" by the borrowing or the
     * lending agency's heads): how many answered, the averages (1–5, two decimals; {@code null} without answers) of
     * "did the loan meet the need" and "did it work for the agency", and how many would do it again.
     */
    public record PartyEvaluation(int answers, BigDecimal purpose, BigDecimal cooperation, int wouldRepeat) {
    }

    /**
     * The staff loans that ended in the year and were evaluated by at least one agency, and each side's
     * figures; for one agency the loans it borrowed or lent in.
     */
    public record StaffLoanEvaluations(int loansEvaluated, PartyEvaluation borrowers, PartyEvaluation lenders,
            PersonEvaluation persons, List<StaffLoanComment> comments) {
    }

    /**
     * What a head wrote under "Vad kan bli bättre?" when evaluating a loan (required when the agency would not do
     * it again). Shown on the network's overview only, for the coordinators, the education council and the steering
     * group: an agency's overview keeps the other party's words to the network.
     *
     * @param borrower whether the agency borrowed (else it lent)
     */
    public record StaffLoanComment(String businessKey, LocalDate loanEnd, String agencyName, boolean borrower,
            String text) {

        /** The agency's side in Swedish, as in "lånande myndighet". */
        public String side() {
            return borrower ? "lånande" : "utlånande";
        }

        /** The element id of the comment on the page. */
        public String id() {
            return "staff-loan-comment-" + businessKey + (borrower ? "-borrower" : "-lender");
        }
    }

    /**
     * The persons' own, anonymous answers (the questionnaire by personal link) over all the year's loans: how many
     * were asked and answered; the averages (1–5) only when {@code shown}, from the survey's minimum of answers up
     * (five), so that no single person's answer can be recognised.
     */
    public record PersonEvaluation(int invited, int responses, boolean shown, int minimum, BigDecimal work,
            BigDecimal learning, BigDecimal support) {
    }

    public boolean network() {
        return agency == null;
    }
}
