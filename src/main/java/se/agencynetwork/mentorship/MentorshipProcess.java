package se.agencynetwork.mentorship;

/** The mentorship programme ({@code processes/mentorship.bpmn}): its key and business key prefix. */
public final class MentorshipProcess {

    public static final String KEY = "mentorship";
    public static final String BUSINESS_KEY_PREFIX = "MENTOR";

    private MentorshipProcess() {
    }
}
