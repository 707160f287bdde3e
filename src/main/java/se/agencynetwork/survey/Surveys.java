package se.agencynetwork.survey;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import se.agencynetwork.notification.NotificationProperties;
import se.agencynetwork.process.NetworkTime;

/**
 * Questionnaires answered through a personal link, for people who may have no account (course participants,
 * adepts and mentors, a loaned employee). How a capability uses it, in the step that asks (one transaction, so a
 * retried job starts over):
 * <ol>
 * <li>declare the {@link Questionnaire} as a Spring bean;</li>
 * <li>{@link #open} a round (e.g. {@code MENTOR-2027}) with the questionnaire's key, what it is about and
 *     when it closes;</li>
 * <li>{@link #invite} once per respondent, with the respondent's group (e.g. {@code adept}, {@code mentor}),
 *     and mail the returned link with the capability's own mail kind;</li>
 * <li>after closing, {@link #results} per round and group, or over several rounds (e.g. a year's staff
 *     loans): averages and texts only from {@code network.survey.minimum-responses} (5) answers up.</li>
 * </ol>
 * What is kept: per link only the token's hash, the group and whether it was used - never who got it
 * (the mail does, in the outbox) nor when it was used; per answer a random id, the round and the group.
 * The page ({@code /questionnaire/{token}}) accepts one answer per link until the round closes.
 */
@Service
public class Surveys {

    public static final String PATH = "/questionnaire/";
    /** What a respondent reads for a link that is unknown or malformed (the page and the old course survey links). */
    public static final String INVALID_LINK = "Länken till enkäten är ogiltig. Kontrollera att du har kopierat hela "
            + "länken från e-postmeddelandet.";
    private static final Pattern ROUND_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");
    private static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9-]{0,29}");

    /** A link as the page sees it: nothing about the person. */
    record OpenLink(String roundKey, Questionnaire questionnaire, String subject, LocalDateTime closesAt, String group,
            boolean used) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Questionnaire> questionnaires = new HashMap<>();
    private final String baseUrl;
    private final int minimumResponses;

    public Surveys(JdbcTemplate jdbc, ObjectProvider<Questionnaire> questionnaires,
            NotificationProperties notificationProperties, SurveyProperties properties) {
        this.jdbc = jdbc;
        for (Questionnaire questionnaire : questionnaires.orderedStream().toList()) {
            if (this.questionnaires.put(questionnaire.key(), questionnaire) != null) {
                throw new IllegalStateException("two questionnaires have the key " + questionnaire.key());
            }
        }
        this.baseUrl = notificationProperties.baseUrl();
        this.minimumResponses = properties.minimumResponses();
    }

    /**
     * Opens a round of the questionnaire.
     *
     * @param roundKey          unique, e.g. the case's business key ({@code [A-Za-z0-9][A-Za-z0-9_.:-]*}, at most 100)
     * @param subject           what the questions are about, shown on the page (e.g. the programme's name)
     * @param closesAt          links stop working then
     * @param processInstanceId the asking case, for operators (may be null)
     * @throws IllegalArgumentException for an unknown questionnaire, a malformed key or a round that exists
     */
    public void open(String roundKey, String questionnaireKey, String subject, LocalDateTime closesAt,
            String processInstanceId) {
        if (roundKey == null || !ROUND_KEY.matcher(roundKey).matches()) {
            throw new IllegalArgumentException("survey round key is malformed: " + roundKey);
        }
        if (!questionnaires.containsKey(questionnaireKey)) {
            throw new IllegalArgumentException("no questionnaire has the key " + questionnaireKey);
        }
        if (round(roundKey).isPresent()) {
            throw new IllegalArgumentException("survey round " + roundKey + " is open already");
        }
        String shown = subject == null || subject.isBlank() ? "" : subject.strip();
        jdbc.update("insert into survey_round (round_key, questionnaire, subject, process_instance_id, closes_at, "
                + "created_at) values (?, ?, ?, ?, ?, ?)", roundKey, questionnaireKey,
                shown.length() > 300 ? shown.substring(0, 300) : shown, processInstanceId, Timestamp.valueOf(closesAt),
                Timestamp.valueOf(NetworkTime.localNow()));
    }

    /**
     * A new personal link into the round for one respondent of the group (letters, digits and dashes,
     * lower case). Mail it in the same transaction; only its hash is stored.
     *
     * @return the link's full address
     */
    public String invite(String roundKey, String group) {
        if (group == null || !GROUP.matcher(group).matches()) {
            throw new IllegalArgumentException("survey group is malformed: " + group);
        }
        if (round(roundKey).isEmpty()) {
            throw new IllegalArgumentException("no survey round " + roundKey);
        }
        String token = LinkTokens.newToken();
        jdbc.update("insert into survey_link (token_hash, round_key, respondent_group, used) values (?, ?, ?, ?)",
                LinkTokens.hash(token), roundKey, group, false);
        return baseUrl + PATH + token;
    }

    /** When the round closes (empty for an unknown round). */
    public Optional<LocalDateTime> closesAt(String roundKey) {
        return round(roundKey).map(OpenLink::closesAt);
    }

    /** The results of one round for a group, or all groups when {@code group} is null. */
    public QuestionnaireResults results(String roundKey, String group) {
        return results(List.of(roundKey), group);
    }

    /**
     * The results over several rounds of the same questionnaire for a group (all groups when null);
     * unknown rounds count as none. No rounds at all give empty results.
     *
     * @throws IllegalArgumentException when the rounds belong to different questionnaires
     */
    public QuestionnaireResults results(Collection<String> roundKeys, String group) {
        List<String> keys = List.copyOf(roundKeys);
        if (keys.isEmpty()) {
            return new QuestionnaireResults(0, 0, java.math.BigDecimal.ZERO, false, minimumResponses, List.of());
        }
        String in = String.join(", ", keys.stream().map(k -> "?").toList());
        List<String> kinds = jdbc.queryForList("select distinct questionnaire from survey_round where round_key in ("
                + in + ")", String.class, keys.toArray());
        if (kinds.size() > 1) {
            throw new IllegalArgumentException("rounds " + keys + " belong to different questionnaires " + kinds);
        }
        if (kinds.isEmpty()) {
            return new QuestionnaireResults(0, 0, java.math.BigDecimal.ZERO, false, minimumResponses, List.of());
        }
        Questionnaire questionnaire = questionnaires.get(kinds.get(0));
        List<Object> args = new ArrayList<>(keys);
        String groupClause = "";
        if (group != null) {
            groupClause = " and respondent_group = ?";
            args.add(group);
        }
        Integer invited = jdbc.queryForObject("select count(*) from survey_link where round_key in (" + in + ")"
                + groupClause, Integer.class, args.toArray());
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        jdbc.query("select r.id, a.question, a.score, a.answer_text from survey_response r left join survey_answer a "
                + "on a.response_id = r.id where r.round_key in (" + in + ")"
                + groupClause.replace("respondent_group", "r.respondent_group") + " order by r.id, a.question", rs -> {
                    Map<String, Object> answer = answers.computeIfAbsent(rs.getString(1), id -> new HashMap<>());
                    String question = rs.getString(2);
                    if (question != null) {
                        int score = rs.getInt(3);
                        answer.put(question, rs.wasNull() ? rs.getString(4) : Integer.valueOf(score));
                    }
                }, args.toArray());
        return QuestionnaireResults.compile(questionnaire, invited == null ? 0 : invited,
                List.copyOf(answers.values()), minimumResponses);
    }

    /** The link of a token, if the token is well formed and known. */
    Optional<OpenLink> link(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.query("select l.round_key, l.respondent_group, l.used, r.questionnaire, r.subject, r.closes_at "
                + "from survey_link l join survey_round r on r.round_key = l.round_key where l.token_hash = ?",
                rs -> rs.next() ? Optional.of(new OpenLink(rs.getString(1), questionnaires.get(rs.getString(4)),
                        rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getString(2), rs.getBoolean(3)))
                        : Optional.<OpenLink>empty(), LinkTokens.hash(token));
    }

    /**
     * Stores an answer and uses up the link, if it is still unused and the round open; call in a
     * transaction. Values are Integer for scored questions, String for texts (absent when not answered).
     *
     * @return false when the link was used or the round closed meanwhile (nothing stored)
     */
    boolean answer(String token, OpenLink link, Map<String, Object> values, LocalDateTime now) {
        int used = jdbc.update("update survey_link set used = ? where token_hash = ? and used = ? and exists ("
                + "select 1 from survey_round r where r.round_key = survey_link.round_key and r.closes_at > ?)",
                true, LinkTokens.hash(token), false, Timestamp.valueOf(now));
        if (used != 1) {
            return false;
        }
        store(link.roundKey(), link.group(), values);
        return true;
    }

    /**
     * Answers on behalf of one respondent of the group who has not answered yet, for code that stands in
     * for people (the demo history, tests): uses up one unused link of the group and stores the answer as
     * the page does, whether or not the round has closed. Scores must be in their question's range;
     * questions left out count as not answered.
     *
     * @param values per question id: Integer for scored questions, String for texts
     * @return false when every link of the group has been used (nothing stored)
     * @throws IllegalArgumentException for an unknown round, a value the questionnaire does not ask or a
     *                                  score out of range
     */
    public boolean answerOnBehalf(String roundKey, String group, Map<String, Object> values) {
        Questionnaire questionnaire = round(roundKey).map(OpenLink::questionnaire)
                .orElseThrow(() -> new IllegalArgumentException("no survey round " + roundKey));
        values.forEach((id, value) -> {
            Question question = questionnaire.question(id);
            if (question == null || !question.accepts(value)) {
                throw new IllegalArgumentException("questionnaire " + questionnaire.key() + " takes no " + value
                        + " for " + id);
            }
        });
        String link = jdbc.query("select token_hash from survey_link where round_key = ? and respondent_group = ? "
                + "and used = ? order by token_hash", rs -> rs.next() ? rs.getString(1) : null, roundKey, group, false);
        if (link == null || jdbc.update("update survey_link set used = ? where token_hash = ? and used = ?", true,
                link, false) != 1) {
            return false;
        }
        store(roundKey, group, values);
        return true;
    }

    /** An answer with a random id, its round and group: no time, no link, no person. */
    private void store(String roundKey, String group, Map<String, Object> values) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into survey_response (id, round_key, respondent_group) values (?, ?, ?)", id, roundKey,
                group);
        values.forEach((question, value) -> jdbc.update("insert into survey_answer (response_id, question, score, "
                + "answer_text) values (?, ?, ?, ?)", id, question, value instanceof Integer i ? i : null,
                value instanceof String s ? s : null));
    }

    private Optional<OpenLink> round(String roundKey) {
        return jdbc.query("select questionnaire, subject, closes_at from survey_round where round_key = ?",
                rs -> rs.next() ? Optional.of(new OpenLink(roundKey, questionnaires.get(rs.getString(1)),
                        rs.getString(2), rs.getTimestamp(3).toLocalDateTime(), null, false))
                        : Optional.<OpenLink>empty(), roundKey);
    }
}
