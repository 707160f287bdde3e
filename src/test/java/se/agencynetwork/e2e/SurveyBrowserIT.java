package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.agencynetwork.evaluation.SurveyRepository;
import se.agencynetwork.survey.LinkTokens;

/**
 * A participant without an account answers the course survey in a real browser (Debian's headless
 * Chromium) from the personal link of the survey mail: the page is Swedish, the answer is stored
 * once without the participant's name, and the same link opened again is refused with a clear page.
 * The link is made as course-evaluation makes it (a new token, stored hashed).
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyBrowserIT {

    static final int HTTP_PORT = freePort();
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    static final String COURSE = "IDEA-2026-0900";
    static final String TITLE = "Klarspråk i myndighetstexter";

    @DynamicPropertySource
    static void applicationUnderTest(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> HTTP_PORT);
    }

    @Autowired
    SurveyRepository surveys;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser("survey");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aParticipantWithoutAnAccountAnswersOnceFromThePersonalLink() {
        LocalDateTime now = LocalDateTime.now();
        surveys.createSurvey(COURSE, "no-instance", TITLE, LocalDate.now().minusDays(1), now.plusDays(14), 1);
        String token = LinkTokens.newToken();
        surveys.insertInvitation(LinkTokens.hash(token), COURSE, "Anna Andersson", "anna@csn.example", "csn",
                now.plusDays(14), now);

        browser.open(BASE_URL + "/survey/" + token);
        browser.visible(By.xpath("//h1[contains(., " + CamundaForm.literal(TITLE) + ")]"));
        assertThat(browser.visible(By.tagName("body")).getText()).doesNotContain("Anna", "anna@csn.example");
        browser.screenshot("survey-form");
        SurveyPage.answer(browser, Map.of("relevance", "5", "trainer", "4", "overall", "5", "nps", "9"),
                "Att skriva det viktigaste först.");
        assertThat(jdbc.queryForList("select relevance, trainer, overall, nps, learned from evaluation_response"
                + " where course_key = ?", COURSE)).singleElement().satisfies(row -> assertThat(row.values())
                .containsExactly(5, 4, 5, 9, "Att skriva det viktigaste först."));

        // the link works once: opened again it shows why, and nothing more is stored
        browser.open(BASE_URL + "/survey/" + token);
        browser.visible(By.xpath("//h1[normalize-space(.)='Kursutvärdering']"));
        assertThat(browser.visible(By.cssSelector("p.error")).getText()).contains("redan svarat");
        browser.screenshot("survey-link-used");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_response where course_key = ?", Integer.class,
                COURSE)).isEqualTo(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
