package se.agencynetwork.directory;

import java.util.List;

/**
 * A person in the network and the roles they hold.
 *
 * @param username      the login (Camunda user id)
 * @param agency        code of the agency the person works at
 * @param roles         roles; agency-bound roles (head, training coordinator) apply to {@code agency}
 * @param workingGroups ids of the working groups the person is a member of
 */
public record Person(
        String username,
        String firstName,
        String lastName,
        String email,
        String agency,
        List<Role> roles,
        List<String> workingGroups) {

    public Person {
        roles = roles == null ? List.of() : List.copyOf(roles);
        workingGroups = workingGroups == null ? List.of() : List.copyOf(workingGroups);
    }
}
