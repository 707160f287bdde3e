package se.agencynetwork.directory;

import java.util.List;

/** The whole directory file: the network's name, its agencies, working groups and people. */
public record NetworkDefinition(
        Network network,
        List<Agency> agencies,
        List<WorkingGroup> workingGroups,
        List<Person> people) {

    public record Network(String name) {
    }

    public NetworkDefinition {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        workingGroups = workingGroups == null ? List.of() : List.copyOf(workingGroups);
        people = people == null ? List.of() : List.copyOf(people);
    }
}
