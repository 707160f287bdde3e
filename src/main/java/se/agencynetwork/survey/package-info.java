/**
 * Pages people reach by a personal link in a mail, without an account, and the questionnaires they
 * answer there. Start at {@link se.agencynetwork.survey.Surveys} (how a capability asks: a
 * {@link se.agencynetwork.survey.Questionnaire} bean, {@code open}, {@code invite} per respondent and
 * group, {@code results} after closing, hidden below {@code network.survey.minimum-responses}).
 * Tests answer the page as a browser does with {@code testsupport.SurveyFormPost.post(http, port,
 * Surveys.PATH, "questionnaire-form", token, "application/x-www-form-urlencoded", body)};
 * {@code QuestionnairePageTest} shows every refusal.
 */
package se.agencynetwork.survey;
