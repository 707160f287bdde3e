package se.agencynetwork.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.util.GreenMail;

/**
 * What the database and the SMTP server say after a run: the checks every reliability test
 * makes (no journey lost, no job stuck without an incident, nothing booked or mailed twice).
 */
final class Ledger {

    private final String url;

    Ledger(String url) {
        this.url = url;
    }

    long count(String sql, Object... args) {
        List<List<Object>> rows = rows(sql, args);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    List<List<Object>> rows(String sql, Object... args) {
        try (Connection connection = DriverManager.getConnection(url, JarNode.env("TEST_PG_USER", "postgres"),
                JarNode.env("TEST_PG_PASSWORD", ""));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates Camunda's tables the way production does with {@code camunda.bpm.database.schema-update=false}:
     * the PostgreSQL scripts shipped in the engine jar, in their order.
     */
    void createCamundaSchemaFromShippedScripts() throws java.io.IOException {
        for (String part : List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine",
                "decision.history")) {
            String resource = "/org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql";
            try (java.io.InputStream in = Ledger.class.getResourceAsStream(resource);
                 Connection connection = DriverManager.getConnection(url, JarNode.env("TEST_PG_USER", "postgres"),
                         JarNode.env("TEST_PG_PASSWORD", ""))) {
                assertThat(in).as(resource).isNotNull();
                connection.createStatement().execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (SQLException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        }
    }

    String businessKeyOf(String processInstanceId) {
        List<List<Object>> rows = rows("select business_key_ from act_hi_procinst where id_ = ?", processInstanceId);
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    /** Journeys whose idea, course delivery and course evaluation all completed. */
    long completedJourneys(List<String> businessKeys) {
        return businessKeys.stream().filter(key -> count("select count(*) from act_hi_procinst where business_key_ = ?"
                + " and state_ = 'COMPLETED' and proc_def_key_ in ('idea', 'course-delivery', 'course-evaluation')", key) == 3)
                .count();
    }

    private static final String NOT_HISTORY_CLEANUP = "coalesce(job_def_type_, '') <> 'history-cleanup'";

    /** Jobs that are due and still have retries: the job executor should have run them. */
    long dueJobs() {
        return count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())");
    }

    /** Waits until the job executor has nothing left to do and every mail of the outbox is sent. */
    void awaitQuiet(Duration atMost) {
        Awaitility.await("no due job left and every mail sent").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> dueJobs() == 0 && count("select count(*) from notification_mail where status <> 'SENT'") == 0);
    }

    /**
     * Every check of "nothing lost, nothing twice"; returns the figures for the report.
     *
     * @param toleratedDuplicates mails that may arrive twice: 0, except where nodes are killed - a mail
     *        the SMTP server accepted just before a SIGKILL, before its SENT mark committed, is sent
     *        again after the restart (docs/NOTIFICATIONS.md); SMTP has no transaction to join
     */
    Map<String, Long> assertNothingLostNothingTwice(List<String> businessKeys, GreenMail smtp, long toleratedDuplicates)
            throws MessagingException {
        Map<String, Long> figures = new HashMap<>();
        assertThat(completedJourneys(businessKeys)).as("journeys completed (idea, delivery, evaluation)")
                .isEqualTo(businessKeys.size());
        assertThat(count("select count(*) from act_ru_execution")).as("process instances still running").isZero();
        assertThat(dueJobs()).as("jobs due with retries left (stuck)").isZero();
        assertThat(count("select count(*) from act_ru_job j where retries_ = 0 and not exists"
                + " (select 1 from act_ru_incident i where i.configuration_ = j.id_)")).as("failed jobs without an incident").isZero();
        // the engine's history cleanup is one job that reschedules itself: inside its night window
        // (network.history-cleanup, 00:00-05:00 Swedish time) it succeeds again and again under one id, by design
        assertThat(count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
                + " and " + NOT_HISTORY_CLEANUP + " group by job_id_ having count(*) > 1) twice"))
                .as("jobs that succeeded twice").isZero();
        figures.put("jobs", count("select count(*) from act_hi_job_log where job_state_ = 2 and " + NOT_HISTORY_CLEANUP));

        for (String key : businessKeys) {
            assertThat(count("select count(*) from cost_allocation where activity_key = ? and kind = 'FINAL'", key))
                    .as("final cost allocations of " + key).isEqualTo(1);
            assertThat(count("select count(*) from cost_allocation_line l join cost_allocation a on a.id = l.allocation_id"
                    + " where a.activity_key = ? and a.kind = 'FINAL'", key)).as("cost lines of " + key)
                    .isEqualTo(JourneyDriver.INTERESTED.size());
            assertThat(count("select count(*) from course_participant where business_key = ?", key))
                    .as("participants of " + key).isEqualTo(JourneyDriver.INTERESTED.size());
            for (String kind : List.of("course-invitation", "course-reminder", "course-survey")) {
                assertThat(count("select count(*) from notification_mail where business_key = ? and kind = ?", key, kind))
                        .as(kind + " mails of " + key).isEqualTo(JourneyDriver.INTERESTED.size());
            }
        }
        figures.put("allocations", count("select count(*) from cost_allocation"));

        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String[] id = message.getHeader("X-Agency-Network-Mail-Id");
            assertThat(id).as("every message names its outbox row").isNotNull();
            received.merge(id[0], 1, Integer::sum);
        }
        long duplicates = received.values().stream().filter(n -> n > 1).count();
        assertThat(duplicates).as("mails received more than once").isLessThanOrEqualTo(toleratedDuplicates);
        assertThat(received.values()).as("no mail received more than twice").allMatch(n -> n <= 2);
        List<Object> sent = rows("select id from notification_mail where status = 'SENT'").stream().map(r -> r.get(0)).toList();
        assertThat(received.keySet()).as("received = the outbox rows marked SENT").containsExactlyInAnyOrderElementsOf(
                sent.stream().map(String::valueOf).toList());
        assertThat(count("select count(*) from notification_mail")).as("outbox rows").isEqualTo(sent.size());
        figures.put("mails", (long) received.size());
        figures.put("duplicates", duplicates);
        return figures;
    }
}
