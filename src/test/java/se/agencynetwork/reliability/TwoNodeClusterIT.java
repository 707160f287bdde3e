package se.agencynetwork.reliability;

import se.agencynetwork.models.ids.CourseDeliveryModel;
import se.agencynetwork.models.ids.CourseEvaluationModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import se.agencynetwork.testsupport.FreshPostgresDatabase;

/**
 * Two nodes on one PostgreSQL database, each with its job executor, both serving the REST API, set
 * up as production is: Camunda's tables created from the SQL scripts in the engine jar and
 * {@code camunda.bpm.database.schema-update=false}. Journeys are started on one node and every next
 * step goes to the other (the first node starts alone and synchronises the directory):
 * every job runs exactly
 * once (one successful entry per job in the job log), the timers (the participants' reminder, the
 * survey closing, the follow-up) fire once, every mail reaches the SMTP server once, and both nodes
 * did part of the work. Runs with {@code ./mvnw verify -Ppostgres}.
 */
@ExtendWith(AwaitOnlyConditions.class)
class TwoNodeClusterIT {

    static final int JOURNEYS = 4;

    @Test
    void twoNodesShareTheJobsAndEveryJobRunsOnce() throws Exception {
        long began = System.nanoTime();
        GreenMail smtp = new GreenMail(new ServerSetup(JarNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String database = FreshPostgresDatabase.createDatabase();
        Ledger ledger = new Ledger(database);
        // as in production: Camunda's tables from the SQL shipped in the engine jar, no schema updates by the nodes
        ledger.createCamundaSchemaFromShippedScripts();
        Map<String, String> settings = new java.util.HashMap<>(JarNode.baseSettings(database, smtp.getSmtp().getPort()));
        settings.put("camunda.bpm.database.schema-update", "false");
        JarNode a = new JarNode("node-a", settings);
        JarNode b = new JarNode("node-b", settings);
        List<JarNode> nodes = List.of(a, b);
        JourneyDriver driver = new JourneyDriver();
        AtomicBoolean driving = new AtomicBoolean(true);
        Thread driverThread = null;
        try {
            // the first node creates the schema and synchronises the directory; then the second joins
            a.start();
            b.start();
            assertThat(ledger.count("select count(*) from act_re_deployment")).as("one deployment for both nodes").isEqualTo(1);
            for (int i = 0; i < JOURNEYS; i++) {
                String instance = driver.start(nodes.get(i % 2), "Två noder " + (i + 1));
                driver.track(ledger.businessKeyOf(instance), i % 2);
            }
            driverThread = new Thread(() -> driver.drive(nodes, driving), "journey-driver");
            driverThread.start();
            Awaitility.await("every journey reaches its end").atMost(Duration.ofMinutes(4)).ignoreExceptionsInstanceOf(IllegalStateException.class).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        driver.assertRunning();
                        return ledger.completedJourneys(driver.businessKeys()) == JOURNEYS;
                    });
            driving.set(false);
            driverThread.join();
            ledger.awaitQuiet(Duration.ofMinutes(1));

            assertThat(driver.refusals()).as("form submissions refused").isEmpty();
            Map<String, Long> figures = ledger.assertNothingLostNothingTwice(driver.businessKeys(), smtp, 0);
            Map<String, Long> jobsPerNode = new TreeMap<>();
            ledger.rows("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")
                    .forEach(row -> jobsPerNode.put((String) row.get(0), ((Number) row.get(1)).longValue()));
            assertThat(jobsPerNode).as("successful jobs per node").containsOnlyKeys("node-a", "node-b")
                    .allSatisfy((node, jobs) -> assertThat(jobs).as(node).isPositive());
            assertThat(driver.submitsPerNode()).as("REST calls per node").containsOnlyKeys("node-a", "node-b");
            // each timer of each journey fired exactly once
            for (String timer : List.of(CourseDeliveryModel.INTERMEDIATE_EVENT_REMINDER_DUE, CourseEvaluationModel.INTERMEDIATE_EVENT_SURVEY_CLOSED,
                    CourseEvaluationModel.INTERMEDIATE_EVENT_FOLLOW_UP_DUE)) {
                assertThat(ledger.count("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = ?", timer))
                        .as("timer " + timer + " fired").isEqualTo(JOURNEYS);
                assertThat(ledger.count("select count(*) from act_hi_actinst where act_id_ = ?", timer))
                        .as("timer " + timer + " passed").isEqualTo(JOURNEYS);
            }
            long timersOnBoth = ledger.count("select count(distinct hostname_) from act_hi_job_log where job_state_ = 2"
                    + " and job_def_type_ = 'timer-intermediate-transition'");
            System.out.printf("RELIABILITY two-nodes: journeys run %d, completed %d (started alternately on node-a and"
                            + " node-b, each next step on the other node; REST submissions per node %s), jobs executed %d"
                            + " (per node %s, each once), timers fired once each (%d), executed on %d node(s),"
                            + " cost allocations %d, mails delivered %d, duplicates %d, %d s%n",
                    JOURNEYS, ledger.completedJourneys(driver.businessKeys()), new TreeMap<>(driver.submitsPerNode()),
                    figures.get("jobs"), jobsPerNode, 3 * JOURNEYS, timersOnBoth, figures.get("allocations"),
                    figures.get("mails"), figures.get("duplicates"), Duration.ofNanos(System.nanoTime() - began).toSeconds());
        } finally {
            driving.set(false);
            if (driverThread != null) {
                driverThread.join(10_000);
            }
            b.stop();
            a.stop();
            smtp.stop();
        }
    }
}
