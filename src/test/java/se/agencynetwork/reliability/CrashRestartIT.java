package se.agencynetwork.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import se.agencynetwork.testsupport.FreshPostgresDatabase;

/**
 * Crash and restart: one node on PostgreSQL with the job executor on runs journeys from idea to
 * evaluated course while a driver completes their tasks over REST; the node is killed with SIGKILL
 * while jobs are locked (running or queued) and restarted, {@value #KILLS} times. Afterwards every
 * journey has reached its end, no job is stuck, every cost allocation is booked once and every mail
 * reached the SMTP server (GreenMail), once - except a mail caught by a kill between the server's
 * acceptance and its SENT mark, which arrives twice (at most one per job executor thread and kill).
 * Runs with {@code ./mvnw verify -Ppostgres}.
 */
@ExtendWith(AwaitOnlyConditions.class)
class CrashRestartIT {

    static final int JOURNEYS = 5;
    static final int KILLS = 3;

    @Test
    void journeysSurviveKillsWhileJobsRunAndNothingIsLostOrDoneTwice() throws Exception {
        long began = System.nanoTime();
        GreenMail smtp = new GreenMail(new ServerSetup(JarNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String database = FreshPostgresDatabase.createDatabase();
        Ledger ledger = new Ledger(database);
        JarNode node = new JarNode("crash", JarNode.baseSettings(database, smtp.getSmtp().getPort()));
        JourneyDriver driver = new JourneyDriver();
        AtomicBoolean driving = new AtomicBoolean(true);
        Thread driverThread = null;
        List<Long> lockedAtKill = new ArrayList<>();
        try {
            node.start();
            for (int i = 1; i <= JOURNEYS; i++) {
                String instance = driver.start(node, "Krasch och omstart " + i);
                driver.track(ledger.businessKeyOf(instance), 0);
            }
            driverThread = new Thread(() -> driver.drive(List.of(node), driving), "journey-driver");
            driverThread.start();

            for (int kill = 1; kill <= KILLS; kill++) {
                int before = driver.submitted();
                // let the journeys move on a little, then kill the node while the job executor holds jobs
                Awaitility.await("the journeys move on before kill " + kill).atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(200)).until(() -> {
                            driver.assertRunning();
                            return driver.submitted() >= before + 15;
                        });
                Awaitility.await("jobs locked by the job executor before kill " + kill).atMost(Duration.ofMinutes(1))
                        .ignoreExceptionsInstanceOf(IllegalStateException.class).pollInterval(Duration.ofMillis(20))
                        .until(() -> ledger.count("select count(*) from act_ru_job where lock_owner_ is not null") > 0);
                lockedAtKill.add(ledger.count("select count(*) from act_ru_job where lock_owner_ is not null"));
                node.kill();
                node.start();
            }

            Awaitility.await("every journey reaches its end").atMost(Duration.ofMinutes(4)).ignoreExceptionsInstanceOf(IllegalStateException.class).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        driver.assertRunning();
                        return ledger.completedJourneys(driver.businessKeys()) == JOURNEYS;
                    });
            driving.set(false);
            driverThread.join();
            ledger.awaitQuiet(Duration.ofMinutes(1));

            assertThat(driver.refusals()).as("form submissions refused").isEmpty();
            // a mail accepted by the SMTP server in the instant of a kill, before its SENT mark committed,
            // arrives twice: at most one per job executor thread (max 10) and kill; every other mail exactly once
            Map<String, Long> figures = ledger.assertNothingLostNothingTwice(driver.businessKeys(), smtp, KILLS * 10L);
            System.out.printf("RELIABILITY crash-and-restart: journeys run %d, completed %d, kills survived %d"
                            + " (jobs locked at each kill %s), tasks completed over REST %d (calls retried %d),"
                            + " jobs executed %d, cost allocations %d, mails delivered %d, duplicates %d, %d s%n",
                    JOURNEYS, ledger.completedJourneys(driver.businessKeys()), KILLS, lockedAtKill, driver.submitted(),
                    driver.retried(), figures.get("jobs"), figures.get("allocations"), figures.get("mails"),
                    figures.get("duplicates"), Duration.ofNanos(System.nanoTime() - began).toSeconds());
        } finally {
            driving.set(false);
            if (driverThread != null) {
                driverThread.join(10_000);
            }
            node.stop();
            smtp.stop();
        }
    }
}
