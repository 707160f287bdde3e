package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.agencynetwork.testsupport.WebappSession;

/** The engine REST API is never anonymous; health is; the webapps keep their CSRF protection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestSecurityTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

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

    /**
     * A head's name and e-mail come from the directory: neither the head (who has all permissions on
     * his own user) nor the administrator changes them over the engine REST API or in Camunda Admin
     * (the webapps' mount). A user made by hand keeps an editable profile.
     */
    @Test
    void directoryUsersCannotChangeTheirNameAndEmail() {
        String profile = "{\"id\":\"chef-spv\",\"firstName\":\"Mallory\",\"lastName\":\"Ny\","
                + "\"email\":\"mallory@evil.example\"}";
        User before = identityService.createUserQuery().userId("chef-spv").singleResult();
        for (String user : new String[] {"chef-spv", "admin"}) {
            ResponseEntity<String> response = rest.withBasicAuth(user, "demo").exchange(
                    "/engine-rest/user/chef-spv/profile", HttpMethod.PUT, json(profile), String.class);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("chef-spv").contains("nätverkets katalog")
                    .contains("Inget har sparats");
        }
        HttpResponse<String> admin = WebappSession.login(port, "admin", "admin").send("PUT",
                "/camunda/api/engine/engine/default/user/chef-spv/profile", "application/json", profile);
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("nätverkets katalog");
        User after = identityService.createUserQuery().userId("chef-spv").singleResult();
        assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
        assertThat(after.getEmail()).isEqualTo(before.getEmail());

        if (identityService.createUserQuery().userId("hand-made-user").count() == 0) {
            User handMade = identityService.newUser("hand-made-user");
            handMade.setPassword("the-right-password");
            identityService.saveUser(handMade);
        }
        ResponseEntity<String> changed = rest.withBasicAuth("admin", "demo").exchange(
                "/engine-rest/user/hand-made-user/profile", HttpMethod.PUT, json("{\"id\":\"hand-made-user\","
                        + "\"firstName\":\"Hanna\",\"lastName\":\"Hand\",\"email\":\"hanna@example.se\"}"), String.class);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.createUserQuery().userId("hand-made-user").singleResult().getFirstName())
                .isEqualTo("Hanna");
    }

    static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
