package se.agencynetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** One invalid file per rule: start-up must stop with a message naming the file and the entry. */
class DirectoryValidatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private final DirectoryFileReader reader = new DirectoryFileReader();
    private final DirectoryValidator validator = new DirectoryValidator(CLOCK);

    @Test
    void theDemoFileIsValid() {
        DirectoryFile file = reader.load(new ClassPathResource("network/demo-network.yaml"));

        assertThat(validator.problems(file)).isEmpty();
        assertThat(file.definition().agencies()).hasSize(16);
    }

    @Test
    void aSmallValidFileIsValid() {
        assertThatCode(() -> validator.validate(reader.load(resource("valid-small.yaml")))).doesNotThrowAnyException();
    }

    @Test
    void personOfAnUnknownAgency() {
        assertThat(failureOf("invalid-unknown-agency.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-unknown-agency.yaml]: "
                        + "people[1] (username 'utbkoord-beta', line 35): agency 'gamma' is not an agency of the file");
    }

    @Test
    void requiredFieldsMissing() {
        assertThat(failureOf("invalid-missing-fields.yaml")).startsWith(
                        "Directory file class path resource [directory/invalid-missing-fields.yaml]: 5 problems:")
                .contains("agencies[1] (code 'beta', line 13): headcount is missing")
                .contains("agencies[1] (code 'beta', line 13): vat-liable is missing (true or false)")
                .contains("working-groups[0] (id 'wg-legal', line 21): name is missing")
                .contains("people[1] (username 'utbkoord-beta', line 32): first-name is missing")
                .contains("people[1] (username 'utbkoord-beta', line 32): roles is missing (at least one role)");
    }

    @Test
    void networkWithoutName() {
        assertThat(failureOf("invalid-missing-network-name.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-missing-network-name.yaml]: "
                        + "network (line 2): name is missing (network: name: ...)");
    }

    @Test
    void agencyCodeNotLowercase() {
        assertThat(failureOf("invalid-agency-code.yaml"))
                .contains("[directory/invalid-agency-code.yaml]")
                .contains("agencies[1] (code 'Beta', line 13): code 'Beta' must be lowercase ASCII letters")
                // the person of that agency now names a code that is not in the file
                .contains("people[1] (username 'utbkoord-beta', line 35): agency 'beta' is not an agency of the file");
    }

    @Test
    void duplicateAgencyCode() {
        assertThat(failureOf("invalid-duplicate-agency.yaml"))
                .contains("[directory/invalid-duplicate-agency.yaml]")
                .contains("agencies[1] (code 'alfa', line 13): code 'alfa' is already used by "
                        + "agencies[0] (code 'alfa', line 6)");
    }

    @Test
    void duplicateUsername() {
        assertThat(failureOf("invalid-duplicate-username.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-duplicate-username.yaml]: "
                        + "people[1] (username 'chef-alfa', line 35): username 'chef-alfa' is already used by "
                        + "people[0] (username 'chef-alfa', line 29)");
    }

    @Test
    void duplicateWorkingGroupId() {
        assertThat(failureOf("invalid-duplicate-working-group.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-duplicate-working-group.yaml]: "
                        + "working-groups[1] (id 'wg-legal', line 25): id 'wg-legal' is already used by "
                        + "working-groups[0] (id 'wg-legal', line 23)");
    }

    @Test
    void personInAnUnknownWorkingGroup() {
        assertThat(failureOf("invalid-unknown-working-group.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-unknown-working-group.yaml]: "
                        + "people[1] (username 'utbkoord-beta', line 35): working group 'wg-finance' is not a "
                        + "working group of the file");
    }

    @Test
    void workingGroupIdWithoutPrefix() {
        assertThat(failureOf("invalid-working-group-id.yaml"))
                .contains("[directory/invalid-working-group-id.yaml]: ")
                .contains("working-groups[1] (id 'it-managers', line 25): id 'it-managers' must look like wg-");
    }

    @Test
    void malformedEmail() {
        assertThat(failureOf("invalid-email.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-email.yaml]: "
                        + "people[1] (username 'utbkoord-beta', line 35): email 'utbkoord-beta.beta.example' "
                        + "is not an e-mail address");
    }

    @Test
    void orgNumberWithWrongCheckDigitOrFormat() {
        assertThat(failureOf("invalid-org-number.yaml"))
                .contains("[directory/invalid-org-number.yaml]: 2 problems:")
                .contains("agencies[0] (code 'alfa', line 6): org-number '2021001009' must be written NNNNNN-NNNN")
                .contains("agencies[1] (code 'beta', line 13): org-number '202100-1075' has a wrong check digit");
    }

    @Test
    void headcountNotPositive() {
        assertThat(failureOf("invalid-headcount.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-headcount.yaml]: "
                        + "agencies[1] (code 'beta', line 13): headcount must be greater than 0, not 0");
    }

    @Test
    void memberSinceInTheFuture() {
        assertThat(failureOf("invalid-member-since.yaml")).isEqualTo(
                "Directory file class path resource [directory/invalid-member-since.yaml]: "
                        + "agencies[1] (code 'beta', line 13): member-since 2999-01-01 is in the future");
    }

    @Test
    void usernameWithCapitalsAndSpace() {
        assertThat(failureOf("invalid-username.yaml"))
                .contains("[directory/invalid-username.yaml]: ")
                .contains("people[1] (username 'Utbkoord Beta', line 35): username 'Utbkoord Beta' must be lowercase");
    }

    @Test
    void unknownKeyNamesTheEntryAndLine() {
        assertThat(failureOf("invalid-unknown-key.yaml"))
                .startsWith("Directory file class path resource [directory/invalid-unknown-key.yaml]: "
                        + "people[1] (username 'utbkoord-beta', line 35): unknown key 'frist-name' (known keys: ")
                .contains("first-name");
    }

    @Test
    void unknownRoleNamesTheEntryAndLine() {
        assertThat(failureOf("invalid-unknown-role.yaml"))
                .startsWith("Directory file class path resource [directory/invalid-unknown-role.yaml]: "
                        + "people[1] (username 'utbkoord-beta', line 35): roles[1]: unknown role 'chief' (known roles: ")
                .contains("training-coordinator");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(failureOf("invalid-many-problems.yaml"))
                .startsWith("Directory file class path resource [directory/invalid-many-problems.yaml]: 3 problems:")
                .contains("\n  - agencies[1] (code 'beta', line 13): headcount must be greater than 0, not -3")
                .contains("\n  - people[0] (username 'chef-alfa', line 29): email 'chef-alfa' is not an e-mail address")
                .contains("\n  - people[1] (username 'utbkoord-beta', line 35): agency 'gamma' is not an agency of the file");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(catchThrowableOfType(DirectoryFileException.class,
                () -> reader.load(resource("no-such-file.yaml"))))
                .hasMessage("Directory file class path resource [directory/no-such-file.yaml]: the file does not exist");
    }

    @Test
    void brokenYamlNamesTheLine() {
        DirectoryFileException failure = catchThrowableOfType(DirectoryFileException.class,
                () -> reader.load(new ByteArrayResource(
                        "network:\n  name: [unclosed\n".getBytes(StandardCharsets.UTF_8), "broken")));
        assertThat(failure.getMessage()).startsWith("Directory file Byte array resource [broken]: is not valid YAML: ")
                .contains("(line ");
    }

    @Test
    void luhnCheckOfOrganisationNumbers() {
        assertThat(DirectoryValidator.luhnValid("2021001009")).isTrue();
        assertThat(DirectoryValidator.luhnValid("5560360793")).isTrue();
        assertThat(DirectoryValidator.luhnValid("2021001008")).isFalse();
    }

    private static ClassPathResource resource(String name) {
        return new ClassPathResource("directory/" + name);
    }

    private String failureOf(String name) {
        DirectoryFileException failure = catchThrowableOfType(DirectoryFileException.class,
                () -> validator.validate(reader.load(resource(name))));
        assertThat(failure).as("the file %s must be refused", name).isNotNull();
        return failure.getMessage();
    }
}
