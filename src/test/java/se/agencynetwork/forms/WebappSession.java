package se.agencynetwork.forms;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A user logged in to Tasklist the way the browser logs in (CSRF token from a page, then the login
 * form), to call the webapps' REST mount {@code /camunda/api/engine/...} as Tasklist does.
 */
final class WebappSession {

    private final HttpClient browser;
    private final int port;

    private WebappSession(HttpClient browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    static WebappSession login(HttpClient unused, int port, String user) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
        WebappSession session = new WebappSession(browser, port);
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() ->
                    cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                            .map(HttpCookie::getValue).findFirst().orElseThrow());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                    session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new AssertionError("Tasklist login of " + user + ": " + login.statusCode() + " " + login.body());
            }
            return session;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("Tasklist login of " + user, e);
        }
    }

    /** The body of a GET on the webapps' mount; fails unless it answers 200. */
    String get(String path) {
        try {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path, e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
