package se.agencynetwork.testsupport;

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
 * A logged-in Camunda webapp session, as the browser has it: the session cookie and the CSRF token
 * that every changing request of Tasklist, Cockpit and Admin carries ({@code X-XSRF-TOKEN}).
 */
public final class WebappSession {

    private final int port;
    private final HttpClient client;
    private final String csrfToken;

    private WebappSession(int port, HttpClient client, String csrfToken) {
        this.port = port;
        this.client = client;
        this.csrfToken = csrfToken;
    }

    /** Logs {@code user} (password {@code demo}) in to {@code app} (tasklist, cockpit, admin). */
    public static WebappSession login(int port, String user, String app) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/camunda/app/" + app + "/default/")).GET().build(), HttpResponse.BodyHandlers.ofString());
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore()
                    .getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new AssertionError("webapp login of " + user + " to " + app + ": " + login.statusCode());
            }
            // the login starts a new session, which gets a new token
            String sessionToken = login.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore()
                    .getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .reduce((first, last) -> last).orElse(token));
            return new WebappSession(port, client, sessionToken);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("webapp login of " + user + " to " + app, e);
        }
    }

    /** A request in this session; {@code path} starts at the server root, e.g. {@code /camunda/api/engine/...}. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("X-XSRF-TOKEN", csrfToken);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(method + " " + path, e);
        }
    }
}
