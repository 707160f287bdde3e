package se.agencynetwork.e2e;

import java.util.Map;

import org.openqa.selenium.By;

/** The survey page a participant opens from the personal link in the mail (no account, no Tasklist). */
final class SurveyPage {

    private SurveyPage() {
    }

    /** Picks the ratings (field name to value), writes what was learned, sends, and waits for the thanks page. */
    static void answer(Browser browser, Map<String, String> ratings, String learned) {
        for (Map.Entry<String, String> rating : ratings.entrySet()) {
            browser.click(By.cssSelector("input[name='" + rating.getKey() + "'][value='" + rating.getValue() + "']"));
        }
        browser.visible(By.id("learned")).sendKeys(learned);
        browser.screenshot("survey-filled");
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.visible(By.xpath("//h1[normalize-space(.)='Tack för ditt svar!']"));
        browser.screenshot("survey-thanks");
    }
}
