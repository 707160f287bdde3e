package se.agencynetwork.evaluation;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the course evaluation ({@code network.evaluation}).
 *
 * @param surveyPeriod     the survey closes this long after the course's last day
 * @param followUpDelay    the level-3 follow-up with the managers starts this long after the last day
 * @param retentionPeriod  participants' names and e-mail addresses are removed this long after the last day
 * @param retentionCron    when the retention job runs (Spring cron)
 * (Results are hidden below {@code network.survey.minimum-responses}, as for every questionnaire.)
 */
@ConfigurationProperties("network.evaluation")
public record EvaluationProperties(Period surveyPeriod, Period followUpDelay, Period retentionPeriod,
        String retentionCron) {

    public EvaluationProperties {
        surveyPeriod = surveyPeriod == null ? Period.ofDays(14) : surveyPeriod;
        followUpDelay = followUpDelay == null ? Period.ofDays(90) : followUpDelay;
        retentionPeriod = retentionPeriod == null ? Period.ofDays(365) : retentionPeriod;
        retentionCron = retentionCron == null ? "0 30 3 * * *" : retentionCron;
    }
}
