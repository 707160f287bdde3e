package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The application's own API is never anonymous and says who the caller is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSecurityTest {

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void anonymousCallsAreRefusedWithAMessage() {
        ResponseEntity<String> response = rest.getForEntity("/api/me", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getBody()).contains("Inloggning krävs");
    }

    @Test
    void aWrongPasswordIsRefused() {
        ResponseEntity<String> response = rest.withBasicAuth("koordinator", "fel-lösenord")
                .getForEntity("/api/me", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAdministratorIsRecognised() {
        ResponseEntity<String> response = rest.withBasicAuth("admin", "demo").getForEntity("/api/me", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"userId\":\"admin\"").contains("camunda-admin");
    }

    /**
     * The application's own pages and APIs - by path, so pages added later (the landing page at /)
     * are covered too - are sent with the security headers, answers and refusals alike; the Camunda
     * webapps keep their own policy (Tasklist needs inline scripts that ours forbids).
     */
    @Test
    void ownPagesAndApisSendTheSecurityHeadersAndTheWebappsKeepTheirs() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());
        for (String path : List.of("/", "/api/me", "/api/mails", "/survey/" + "A".repeat(43), "/survey/kort",
                "/questionnaire/" + "A".repeat(43),
                "/okand-sida", "/engine-rest/task/count")) {
            for (String authorization : new String[] {null, admin}) {
                HttpHeaders headers = get(path, authorization).headers();
                String what = path + (authorization == null ? " anonymous" : " as admin");
                assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(SecurityHeaders.DEFAULT_POLICY);
                assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
                assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
            }
        }
        assertThat(SecurityHeaders.DEFAULT_POLICY).contains("frame-ancestors 'none'").contains("script-src 'self';")
                .doesNotContain("unsafe-eval");

        HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/", null);
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().firstValue("Content-Security-Policy")).as("Camunda's own policy")
                .isPresent().get().asString().isNotEqualTo(SecurityHeaders.DEFAULT_POLICY);
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
