package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTest {

    @Test
    void aMissingPasswordIsRefusedOutsideTheDemoProfile() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");

        assertThatThrownBy(() -> AdminPasswordGuard.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No administrator password")
                .hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void aBlankPasswordIsRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordGuard.PASSWORD_PROPERTY, "  ");

        assertThatThrownBy(() -> AdminPasswordGuard.check(environment))
                .hasMessageContaining("No administrator password");
    }

    @Test
    void wellKnownDefaultsAreRefusedWhateverTheirCase() {
        for (String weak : new String[] {"demo", "Admin", "PASSWORD", "camunda", "changeme"}) {
            MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordGuard.PASSWORD_PROPERTY, weak);
            assertThatThrownBy(() -> AdminPasswordGuard.check(environment))
                    .as(weak)
                    .hasMessageContaining("well-known default");
        }
    }

    @Test
    void aPasswordOfOwnChoiceIsAccepted() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(AdminPasswordGuard.PASSWORD_PROPERTY, "Kr0kus-i-Sundsvall!");

        assertThatCode(() -> AdminPasswordGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileKeepsItsDemoPassword() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordGuard.PASSWORD_PROPERTY, "demo");
        environment.setActiveProfiles("demo");

        assertThatCode(() -> AdminPasswordGuard.check(environment)).doesNotThrowAnyException();
    }
}
