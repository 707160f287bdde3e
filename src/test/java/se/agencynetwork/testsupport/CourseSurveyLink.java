package se.agencynetwork.testsupport;

import java.time.LocalDateTime;

import se.agencynetwork.survey.Surveys;

/** A course survey's personal link for tests that need one without running course-evaluation. */
public final class CourseSurveyLink {

    private CourseSurveyLink() {
    }

    /**
     * Opens the course's round of the course questionnaire as {@code SendSurveys} does (round key = the
     * course's key, the title as its subject) and invites one participant.
     *
     * @return the link's token (the last part of the mailed address)
     */
    public static String open(Surveys surveys, String courseKey, String title, LocalDateTime closesAt) {
        surveys.open(courseKey, "course-evaluation", title, closesAt, null);
        String link = surveys.invite(courseKey, "participant");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
