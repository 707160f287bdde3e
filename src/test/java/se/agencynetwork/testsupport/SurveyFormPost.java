package se.agencynetwork.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.agencynetwork.survey.Surveys;

/**
 * Answers the survey page the way a browser does: opens the page first, then posts with the page's
 * form token in the form and its cookie (what {@code QuestionnaireController} asks of every answer).
 */
public final class SurveyFormPost {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private SurveyFormPost() {
    }

    /** POSTs {@code body} to {@code /questionnaire/{link}} as the page's form would; the page's token is added. */
    public static HttpResponse<String> post(HttpClient http, int port, String link, String contentType, String body) {
        return post(http, port, Surveys.PATH, "questionnaire-form", link, contentType, body);
    }

    /**
     * POSTs {@code body} to {@code path + link} as that page's form would: opens the page, then sends its
     * form token in the form and in the cookie {@code cookieName}.
     */
    public static HttpResponse<String> post(HttpClient http, int port, String path, String cookieName, String link,
            String contentType, String body) {
        URI page = URI.create("http://localhost:" + port + path + link);
        Pattern cookiePattern = Pattern.compile("(" + Pattern.quote(cookieName) + "=[^;]+)");
        try {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = FORM_TOKEN.matcher(form.body());
            String cookie = form.headers().allValues("Set-Cookie").stream().map(cookiePattern::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
            HttpRequest.Builder request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            String sent = body == null ? "" : body;
            if (token.find() && "application/x-www-form-urlencoded".equals(contentType)) {
                sent = (sent.isEmpty() ? "" : sent + "&") + "formToken=" + token.group(1);
            }
            return http.send(request.POST(HttpRequest.BodyPublishers.ofString(sent, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("survey " + link, e);
        }
    }
}
