package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The engine REST API is never anonymous; health is; the webapps keep their CSRF protection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestSecurityTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identityService;

    @Test
    void anonymousCallsToTheEngineRestApiAreRefused() {
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/process-definition",
                "/engine-rest/user", "/engine-rest/history/process-instance", "/engine-rest/deployment"}) {
            ResponseEntity<String> response = rest.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        // a user of its own: a failed login delays the next attempt of that user
        if (identityService.createUserQuery().userId("wrong-password-probe").count() == 0) {
            User probe = identityService.newUser("wrong-password-probe");
            probe.setPassword("the-right-password");
            identityService.saveUser(probe);
        }
        ResponseEntity<String> response = rest.withBasicAuth("wrong-password-probe", "not-the-password")
                .getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownUserIsRefused() {
        ResponseEntity<String> response = rest.withBasicAuth("nobody", "demo")
                .getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAdministratorIsLetIn() {
        ResponseEntity<String> response = rest.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/process-definition", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).startsWith("[");
    }

    @Test
    void anonymousPostsCannotStartProcesses() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.exchange("/engine-rest/process-definition/key/network-review/start",
                HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthIsPublicAndSaysUp() {
        ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"UP\"");
    }

    @Test
    void theWebappLoginNeedsTheCsrfToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> response = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=admin&password=demo", headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
