package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import se.agencynetwork.models.ids.CandidateReferralModel;

/**
 * Candidate sharing (candidate-referral) in Chromium, every human step by its own person:
 *
 * <ol>
 * <li>SPV's HR (utbkoord-spv, a member of the HR managers' working group) starts the referral from
 * Tasklist's start form after a recruitment;</li>
 * <li>the candidate opens the personal link from the mail that reached the SMTP server (GreenMail), reads
 * what is shared, why and for how long, and consents - no account, no Tasklist;</li>
 * <li>CSN's HR (utbkoord-csn), logged in to Tasklist, opens the shared candidates and records that CSN
 * contacted the candidate;</li>
 * <li>the candidate withdraws the consent with the same link.</li>
 * </ol>
 * Asserts the path in the engine's history and that afterwards nothing of the candidate is left in the
 * referral's tables, the mails or the engine's variables and their history.
 */
class CandidateReferralInBrowser extends BrowserJourney {

    static final String NAME = "Sara Sökandesson";
    static final String EMAIL = "sara.sokandesson@example.se";
    /** The HR person of SPV who refers the candidate (a training coordinator in the demo directory). */
    static final String REFERRER_EMAIL = "utbkoord-spv@spv.example";

    @Test
    void hrSharesACandidateWhoConsentsIsContactedByAnotherAgencyAndWithdraws() {
        String key = start();
        String referral = historicInstance("candidate-referral", key);

        String link = consent();
        contact();
        withdraw(link);

        Awaitility.await("referral " + key + " closed").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED".equals(admin.get("/engine-rest/history/process-instance/" + referral)
                        .path("state").asText()));
        List<String> path = EngineHistory.path(admin, referral);
        assertThat(path).containsSubsequence(CandidateReferralModel.START_EVENT_REFERRAL_STARTED,
                CandidateReferralModel.SERVICE_TASK_REGISTER_REFERRAL, CandidateReferralModel.SERVICE_TASK_REQUEST_CONSENT,
                CandidateReferralModel.RECEIVE_TASK_AWAIT_ANSWER, CandidateReferralModel.SERVICE_TASK_SHARE_PROFILE,
                CandidateReferralModel.RECEIVE_TASK_PROFILE_SHARED, CandidateReferralModel.GATEWAY_JOIN_SHARING_END,
                CandidateReferralModel.GATEWAY_JOIN_CLOSING, CandidateReferralModel.SERVICE_TASK_DELETE_CANDIDATE_DATA,
                CandidateReferralModel.END_EVENT_REFERRAL_CLOSED);
        assertThat(jdbc.queryForObject("select status from candidate_referral where business_key = ?", String.class, key))
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from candidate_referral_contact c join candidate_referral r"
                + " on r.id = c.referral_id where r.business_key = ? and c.agency_code = 'csn'", Integer.class, key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from candidate_referral_person", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_mail where recipient_address = ?", Integer.class,
                EMAIL)).isZero();
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ? or TEXT_ like ?",
                    Integer.class, "%" + NAME + "%", "%" + EMAIL + "%")).as(table).isZero();
        }

        // SPV's HR was told when the candidate consented and how it ended, without the candidate's name
        Awaitility.await("the mails to the referring HR").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> ReceivedMails.text(smtp, REFERRER_EMAIL, "återkallat") != null);
        assertThat(ReceivedMails.text(smtp, REFERRER_EMAIL, "Kandidaten har samtyckt och profilen delas"))
                .contains("Verksamhetsjurist", key).doesNotContain(NAME, EMAIL);
        assertThat(ReceivedMails.text(smtp, REFERRER_EMAIL, "återkallat"))
                .contains("Myndigheter som har kontaktat kandidaten: 1").doesNotContain(NAME, EMAIL);
    }

    /** SPV's HR fills in the start form in Tasklist. */
    String start() {
        tasklist.logIn("utbkoord-spv", "demo");
        CamundaForm form = tasklist.startForm("Kandidatdelning", "candidateReferralStartForm")
                .text("roleTitle", "Verksamhetsjurist")
                .text("candidateName", NAME)
                .text("candidateEmail", EMAIL)
                .text("competences", "Förvaltningsrätt och offentlig upphandling; engelska och franska")
                .text("experience", "Fem år som jurist vid en statlig myndighet")
                .text("locations", "Sundsvall, Östersund")
                .check("candidateInformed", true);
        String key = tasklist.start(form, "candidate-referral");
        browser.screenshot("referral-started");
        assertThat(key).startsWith("REFERRAL-" + today.getYear() + "-");
        return key;
    }

    /** The candidate opens the link from the mail and consents. Returns the link. */
    String consent() {
        Awaitility.await("the consent mail to the candidate").atMost(JOBS).pollInterval(Duration.ofMillis(500))
                .until(() -> received(EMAIL) == 1);
        String text = ReceivedMails.text(smtp, EMAIL, "/referral/");
        assertThat(text).contains("Verksamhetsjurist", "Statens tjänstepensionsverk");
        Matcher link = Pattern.compile(Pattern.quote(BASE_URL) + "/referral/[A-Za-z0-9_-]+").matcher(text);
        assertThat(link.find()).as("consent link in: " + text).isTrue();
        browser.forgetSession(BASE_URL);
        browser.open(link.group());
        browser.visible(By.xpath("//h1[contains(., 'Får vi dela din profil')]"));
        assertThat(browser.driver().getPageSource()).contains(NAME, "6.1 a", "6 månader");
        browser.screenshot("consent-page");
        browser.click(By.id("consent"));
        browser.visible(By.xpath("//h1[normalize-space(.)='Tack för ditt samtycke!']"));
        browser.screenshot("consent-given");
        return link.group();
    }

    /** CSN's HR, logged in to Tasklist, opens the shared candidates from the start page and records a contact. */
    void contact() {
        tasklist.logIn("utbkoord-csn", "demo");
        browser.open(BASE_URL + "/");
        browser.click(By.id("referrals"));
        browser.visible(By.xpath("//h2[normalize-space(.)=" + CamundaForm.literal(NAME) + "]"));
        browser.screenshot("shared-candidates");
        browser.click(By.xpath("//section[.//h2[normalize-space(.)=" + CamundaForm.literal(NAME)
                + "]]//button[contains(@class, 'contacted')]"));
        browser.visible(By.xpath("//section[.//h2[normalize-space(.)=" + CamundaForm.literal(NAME)
                + "]]//p[contains(., 'Din myndighet har kontaktat kandidaten')]"));
        browser.screenshot("candidate-contacted");
    }

    /** The candidate withdraws the consent with the same link. */
    void withdraw(String link) {
        browser.forgetSession(BASE_URL);
        browser.open(link);
        browser.visible(By.xpath("//h2[normalize-space(.)='Du har samtyckt']"));
        browser.click(By.id("withdraw"));
        browser.visible(By.xpath("//h1[normalize-space(.)='Samtycket är återkallat']"));
        browser.screenshot("consent-withdrawn");
    }
}
