package se.agencynetwork.notification;

import java.util.Arrays;

/**
 * The kinds of mail the network sends. The id names the templates ({@code templates/mail/<id>.txt}
 * and {@code .html}), the configuration switch ({@code network.notification.kinds.<id>}) and the
 * {@code kind} filter of {@code GET /api/mails}.
 */
public enum MailKind {

    /** A new task for your group, or a task assigned to you. */
    NEW_TASK("new-task"),
    /** A task's due date is near. */
    TASK_REMINDER("task-reminder"),
    /** A task is overdue: to the network coordinators. */
    TASK_ESCALATION("task-escalation"),
    /** The decision on an idea, to the person who submitted it. */
    IDEA_DECISION("idea-decision"),
    /** An invitation to a course occasion (optionally with an iCalendar attachment). */
    COURSE_INVITATION("course-invitation"),
    /** A changed date or venue of a course occasion, with the updated iCalendar invitation. */
    COURSE_UPDATE("course-update"),
    /** A course occasion is cancelled: to its participants, reserves, training coordinators and heads. */
    COURSE_CANCELLED("course-cancelled"),
    /** A reminder before a course occasion starts. */
    COURSE_REMINDER("course-reminder"),
    /** A link to the course evaluation survey. */
    COURSE_SURVEY("course-survey"),
    /** An agency's share of the cost of an activity, to the agency's heads. */
    COST_SHARE("cost-share"),
    /** A YH application: a letter of intent or the application round is about to close. */
    YH_REMINDER("yh-reminder"),
    /** A YH application's outcome: too little support, or MYH's decision. */
    YH_OUTCOME("yh-outcome"),
    /** An approved YH programme: an agency is asked to prepare its LIA places. */
    YH_LIA_PLACES("yh-lia-places"),
    /** A joint recruitment activity: a sign-up reminder, who takes part, a cancellation, the follow-up's summary. */
    RECRUITMENT_ACTIVITY("recruitment-activity"),
    /** Candidate sharing: the candidate is asked for consent, with a personal link. */
    CANDIDATE_CONSENT("candidate-consent"),
    /** Candidate sharing: a candidate who has not answered is reminded, with a personal link. */
    CANDIDATE_CONSENT_REMINDER("candidate-consent-reminder"),
    /** Candidate sharing: to the HR person who referred, when the candidate consents and when the referral closes. */
    REFERRAL_OUTCOME("referral-outcome"),
    /** A mentorship programme: a pair's kick-off invitation, or the programme cancelled for want of pairs. */
    MENTORSHIP("mentorship"),
    /** A mentorship programme is over: the adept's or mentor's personal link to its anonymous evaluation. */
    MENTORSHIP_SURVEY("mentorship-survey"),
    /** A staff loan's need, offer, choice or agreement: what happened and what follows. */
    STAFF_LOAN("staff-loan");

    private final String id;

    MailKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The kind with this id ({@code "cost-share"}) or enum name ({@code "COST_SHARE"}). */
    public static MailKind fromId(String value) {
        return Arrays.stream(values())
                .filter(kind -> kind.id.equalsIgnoreCase(value) || kind.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown mail kind '" + value + "', known: "
                        + Arrays.stream(values()).map(MailKind::id).toList()));
    }
}
