package se.agencynetwork.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the questionnaires answered by personal link ({@code network.survey}).
 *
 * @param minimumResponses averages and free texts are shown only when at least this many answered
 *                         (default 5), so that no single respondent's answer can be recognised
 */
@ConfigurationProperties("network.survey")
public record SurveyProperties(Integer minimumResponses) {

    public SurveyProperties {
        minimumResponses = minimumResponses == null ? 5 : minimumResponses;
        if (minimumResponses < 1) {
            throw new IllegalArgumentException("network.survey.minimum-responses must be at least 1, was "
                    + minimumResponses);
        }
    }
}
