package se.agencynetwork.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network as the directory file describes it, read once at start-up. Processes ask it for
 * the member agencies (one interest-round task per agency), their heads and coordinators, and
 * the figures the cost keys need.
 */
public class NetworkDirectory {

    private final NetworkDefinition definition;
    private final Map<String, Agency> agenciesByCode = new LinkedHashMap<>();
    private final Map<String, Person> peopleByUsername = new LinkedHashMap<>();

    public NetworkDirectory(NetworkDefinition definition) {
        this.definition = definition;
        definition.agencies().forEach(a -> agenciesByCode.put(a.code(), a));
        definition.people().forEach(p -> peopleByUsername.put(p.username(), p));
    }

    public String networkName() {
        return definition.network() == null ? "" : definition.network().name();
    }

    public NetworkDefinition definition() {
        return definition;
    }

    /** All member agencies, in the order of the file. */
    public List<Agency> agencies() {
        return List.copyOf(agenciesByCode.values());
    }

    /** The codes of all member agencies, in the order of the file. */
    public List<String> agencyCodes() {
        return List.copyOf(agenciesByCode.keySet());
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(agenciesByCode.get(code));
    }

    /** The agency's name, or the code itself when it is not (or no longer) in the directory. */
    public String agencyName(String code) {
        Agency agency = agenciesByCode.get(code);
        return agency == null ? code : agency.name();
    }

    /** The member agencies as the options of a form's select ({@code label} the name, {@code value} the code). */
    public List<Map<String, String>> agencyOptions() {
        return agenciesByCode.values().stream().map(a -> Map.of("label", a.name(), "value", a.code())).toList();
    }

    /** The agency with this code, or an exception naming the unknown code. */
    public Agency requireAgency(String code) {
        Agency agency = agenciesByCode.get(code);
        if (agency == null) {
            throw new IllegalArgumentException("Unknown agency code '" + code + "'");
        }
        return agency;
    }

    public List<WorkingGroup> workingGroups() {
        return definition.workingGroups();
    }

    public List<Person> people() {
        return List.copyOf(peopleByUsername.values());
    }

    public Optional<Person> person(String username) {
        return Optional.ofNullable(peopleByUsername.get(username));
    }

    /** The people holding a role; for agency-bound roles only those of the given agency (or all when null). */
    public List<Person> peopleWithRole(Role role, String agencyCode) {
        return peopleByUsername.values().stream()
                .filter(p -> p.roles().contains(role))
                .filter(p -> agencyCode == null || agencyCode.equals(p.agency()))
                .toList();
    }
}
