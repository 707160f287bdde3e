package se.agencynetwork.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The network's start page at {@code /} and the webapps' Swedish files, over HTTP against the whole
 * application: this application's files under META-INF/resources/webjars/camunda/app/ take the place
 * of the webjar's files of the same path (config.js, user-styles.css), and add sv.json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartPageAndWebappsTest {

    static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void ourConfigComesBeforeTheWebjarsOnTheClassPathAndIsWhatTheWebappsServe() throws Exception {
        // both files exist; the class loader finds this application's first (here Maven's test class path:
        // target/classes before the jars; in the packaged jar the root META-INF/ through the parent class
        // loader, see PackagedJarIT), and Camunda's resource handler for /camunda/app/** serves the first found
        List<URL> configs = Collections.list(getClass().getClassLoader()
                .getResources(WEBJAR_APP + "tasklist/scripts/config.js"));
        assertThat(configs).hasSize(2);
        assertThat(configs.get(0).toString()).doesNotContain("camunda-webapp-webjar");
        assertThat(configs.get(1).toString()).contains("camunda-webapp-webjar");

        HttpResponse<String> config = get("/camunda/app/tasklist/scripts/config.js", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("locales: tasklistLocales", "'../network/language'",
                "'../network/form-js-swedish'");
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(get("/camunda/app/" + app + "/scripts/config.js", null).body()).as(app)
                    .contains("from '../../network/webapp-settings.js';", "dateFormat,", "'../network/language'");
        }
        // the settings the three configs import: Swedish first in all, dates as ÅÅÅÅ-MM-DD
        HttpResponse<String> settings = get("/camunda/app/network/webapp-settings.js", null);
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(settings.body()).contains("availableLocales: ['sv', 'en']", "short: 'YYYY-MM-DD'",
                "export const tasklistLocales", "export const operatorLocales");

        HttpResponse<String> swedish = get("/camunda/app/tasklist/locales/sv.json", null);
        assertThat(swedish.statusCode()).isEqualTo(200);
        assertThat(swedish.body()).contains("\"START_PROCESS\": \"Starta process\"");
        assertThat(get("/camunda/app/tasklist/locales/en.json", null).body()).as("English stays Camunda's")
                .contains("\"START_PROCESS\": \"Start process\"");
        for (String script : List.of("language.js", "form-js-swedish.js")) {
            assertThat(get("/camunda/app/network/" + script, null).statusCode()).as(script).isEqualTo(200);
        }
    }

    @Test
    void theMigrationBannerIsHiddenInEveryWebapp() throws Exception {
        // each webapp's user-styles.css imports the network's one stylesheet, which hides the banner
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            HttpResponse<String> styles = get("/camunda/app/" + app + "/styles/user-styles.css", null);
            assertThat(styles.statusCode()).as(app).isEqualTo(200);
            assertThat(styles.body()).as(app).contains("@import url(\"../../network/network.css\");");
        }
        HttpResponse<String> network = get("/camunda/app/network/network.css", null);
        assertThat(network.statusCode()).isEqualTo(200);
        assertThat(network.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(network.body().replaceAll("\\s+", " "))
                .contains("[cam-widget-header] .ce-eol-banner { display: none; }");
    }

    @Test
    void theStartPageIsSwedishAndInvitesToLogIn() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertThat(page.statusCode()).as("no redirect to Camunda's welcome app").isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"sv\"", "Myndighetsnätverket Västernorrland",
                "Du är inte inloggad.", "href=\"/camunda/app/tasklist/default/#/login\"",
                "href=\"mailto:koordinator@spv.example\"")
                .doesNotContain("<script", "Cockpit");

        HttpResponse<String> info = get("/network-info.json", null);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"name\":\"Myndighetsnätverket Västernorrland\"",
                "\"email\":\"koordinator@spv.example\"");
    }

    @Test
    void theStartPageNamesWhoIsLoggedInAndLinksOnlyTheAppsTheyMayOpen() throws Exception {
        String administrator = get("/", logIn("admin", "demo")).body();
        assertThat(administrator).contains("Du är inloggad som", "(<span>admin</span>)", ">Mina uppgifter</a>",
                "href=\"/camunda/app/cockpit/default/\"", "href=\"/camunda/app/admin/default/\"")
                .doesNotContain("Du är inte inloggad.", "/referrals");

        String coordinator = get("/", logIn("utbkoord-csn", "demo")).body();
        assertThat(coordinator).contains("Du är inloggad som", "(<span>utbkoord-csn</span>)",
                "href=\"/camunda/app/tasklist/default/\"")
                .doesNotContain("/camunda/app/cockpit/", "/camunda/app/admin/");
        // an agency's HR (a member of the HR managers' working group) is offered the profiles other agencies share
        assertThat(coordinator).contains("<a id=\"referrals\" href=\"/referrals\">Delade kandidater</a>");
    }

    /** Logs in through the webapps' login API as Tasklist does; returns the session's cookie header. */
    private String logIn(String user, String password) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        keepCookies(get("/camunda/app/tasklist/default/", null), cookies);
        assertThat(cookies).containsKeys("JSESSIONID", "XSRF-TOKEN");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
                .header("Cookie", cookieHeader(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        keepCookies(login, cookies);
        return cookieHeader(cookies);
    }

    private static void keepCookies(HttpResponse<String> response, Map<String, String> cookies) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
