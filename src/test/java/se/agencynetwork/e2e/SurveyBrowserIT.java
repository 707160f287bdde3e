package se.agencynetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
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

import se.agencynetwork.survey.Surveys;
import se.agencynetwork.testsupport.CourseSurveyLink;

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
    Surveys surveys;
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
        String token = CourseSurveyLink.open(surveys, COURSE, TITLE, LocalDateTime.now().plusDays(14));

        // a link as mailed before the course survey moved to the questionnaire page (/survey/...) leads there
        browser.open(BASE_URL + "/survey/" + token);
        browser.visible(By.xpath("//h1[normalize-space(.)='Kursutvärdering']"));
        browser.visible(By.xpath("//p[@class='subject'][normalize-space(.)=" + CamundaForm.literal(TITLE) + "]"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(BASE_URL + Surveys.PATH + token);
        browser.screenshot("survey-form");
        SurveyPage.answer(browser, Map.of("relevance", "5", "trainer", "4", "overall", "5", "nps", "9"),
                "Att skriva det viktigaste först.");
        assertThat(jdbc.queryForList("select a.question, a.score, a.answer_text from survey_answer a join survey_response r"
                + " on r.id = a.response_id where r.round_key = ? order by a.question", COURSE))
                .extracting(row -> (java.util.List<Object>) new java.util.ArrayList<>(row.values())).containsExactly(
                        java.util.Arrays.asList("learned", null, "Att skriva det viktigaste först."),
                        java.util.Arrays.asList("nps", 9, null), java.util.Arrays.asList("overall", 5, null),
                        java.util.Arrays.asList("relevance", 5, null), java.util.Arrays.asList("trainer", 4, null));

        // the link works once: opened again it shows why, and nothing more is stored
        browser.open(BASE_URL + Surveys.PATH + token);
        browser.visible(By.xpath("//h1[normalize-space(.)='Enkät']"));
        assertThat(browser.visible(By.cssSelector("p.error")).getText()).contains("redan svarat");
        browser.screenshot("survey-link-used");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where round_key = ?", Integer.class,
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
