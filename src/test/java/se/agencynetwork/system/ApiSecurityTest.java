package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The application's own API is never anonymous and says who the caller is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSecurityTest {

    @Autowired
    TestRestTemplate rest;

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
}
