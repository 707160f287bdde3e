package se.agencynetwork.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a directory file before anything is built from it. It collects every problem and
 * reports them all in one {@link DirectoryFileException}, each naming its entry, e.g.
 * {@code people[3] (username 'chef-xyz', line 210): agency 'xyz' is not an agency of the file},
 * so that an administrator fixes the file in one go. The rules are listed in docs/DIRECTORY.md.
 */
public class DirectoryValidator {

    static final Pattern AGENCY_CODE = Pattern.compile("[a-z][a-z0-9-]*");
    static final int AGENCY_CODE_MAX = 40;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    static final int USERNAME_MAX = 64;
    static final Pattern WORKING_GROUP_ID = Pattern.compile("wg-[a-z0-9-]+");
    static final int GROUP_ID_MAX = 64;
    static final int NAME_MAX = 200;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final Pattern ORG_NUMBER = Pattern.compile("\\d{6}-\\d{4}");

    private final Clock clock;

    public DirectoryValidator(Clock clock) {
        this.clock = clock;
    }

    /** Throws one exception listing every problem of the file; returns quietly when there is none. */
    public void validate(DirectoryFile file) {
        List<String> problems = problems(file);
        if (problems.size() == 1) {
            throw new DirectoryFileException(file.description(), problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new DirectoryFileException(file.description(), problems.size() + " problems:"
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
        }
    }

    /** Every problem of the file, in the order of the file; empty when it is valid. */
    public List<String> problems(DirectoryFile file) {
        NetworkDefinition definition = file.definition();
        List<String> problems = new ArrayList<>();
        if (definition.network() == null || blank(definition.network().name())) {
            problems.add(file.entry("network") + ": name is missing (network: name: ...)");
        }
        if (definition.agencies().isEmpty()) {
            problems.add("agencies: the file names no agency");
        }
        Map<String, Integer> agencyIndex = checkAgencies(file, problems);
        Map<String, Integer> workingGroupIndex = checkWorkingGroups(file, problems);
        checkPeople(file, agencyIndex.keySet(), workingGroupIndex.keySet(), problems);
        checkGroupIdsUnique(file, problems);
        return problems;
    }

    private Map<String, Integer> checkAgencies(DirectoryFile file, List<String> problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<Agency> agencies = file.definition().agencies();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < agencies.size(); i++) {
            Agency agency = agencies.get(i);
            String entry = file.entry("agencies", i);
            if (agency == null) {
                problems.add(entry + ": the entry is empty");
                continue;
            }
            if (blank(agency.code())) {
                problems.add(entry + ": code is missing");
            } else if (!AGENCY_CODE.matcher(agency.code()).matches() || agency.code().length() > AGENCY_CODE_MAX) {
                problems.add(entry + ": code '" + agency.code() + "' must be lowercase ASCII letters, digits and '-', "
                        + "start with a letter and be at most " + AGENCY_CODE_MAX + " characters");
            } else if (seen.containsKey(agency.code())) {
                problems.add(entry + ": code '" + agency.code() + "' is already used by "
                        + file.entry("agencies", seen.get(agency.code())));
            } else {
                seen.put(agency.code(), i);
            }
            if (blank(agency.name())) {
                problems.add(entry + ": name is missing");
            } else if (agency.name().length() > NAME_MAX) {
                problems.add(entry + ": name is longer than " + NAME_MAX + " characters");
            }
            if (blank(agency.orgNumber())) {
                problems.add(entry + ": org-number is missing");
            } else if (!ORG_NUMBER.matcher(agency.orgNumber()).matches()) {
                problems.add(entry + ": org-number '" + agency.orgNumber() + "' must be written NNNNNN-NNNN");
            } else if (!luhnValid(agency.orgNumber().replace("-", ""))) {
                problems.add(entry + ": org-number '" + agency.orgNumber() + "' has a wrong check digit");
            }
            if (agency.headcount() == null) {
                problems.add(entry + ": headcount is missing");
            } else if (agency.headcount() <= 0) {
                problems.add(entry + ": headcount must be greater than 0, not " + agency.headcount());
            }
            if (agency.memberSince() == null) {
                problems.add(entry + ": member-since is missing");
            } else if (agency.memberSince().isAfter(today)) {
                problems.add(entry + ": member-since " + agency.memberSince() + " is in the future");
            }
            if (agency.steeringGroup() == null) {
                problems.add(entry + ": steering-group is missing (true or false)");
            }
            if (agency.vatLiable() == null) {
                problems.add(entry + ": vat-liable is missing (true or false)");
            }
        }
        return seen;
    }

    private Map<String, Integer> checkWorkingGroups(DirectoryFile file, List<String> problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<WorkingGroup> groups = file.definition().workingGroups();
        for (int i = 0; i < groups.size(); i++) {
            WorkingGroup group = groups.get(i);
            String entry = file.entry("working-groups", i);
            if (group == null) {
                problems.add(entry + ": the entry is empty");
                continue;
            }
            if (blank(group.id())) {
                problems.add(entry + ": id is missing");
            } else if (!WORKING_GROUP_ID.matcher(group.id()).matches() || group.id().length() > GROUP_ID_MAX) {
                problems.add(entry + ": id '" + group.id() + "' must look like wg-<lowercase letters, digits, '-'> "
                        + "and be at most " + GROUP_ID_MAX + " characters");
            } else if (seen.containsKey(group.id())) {
                problems.add(entry + ": id '" + group.id() + "' is already used by "
                        + file.entry("working-groups", seen.get(group.id())));
            } else {
                seen.put(group.id(), i);
            }
            if (blank(group.name())) {
                problems.add(entry + ": name is missing");
            } else if (group.name().length() > NAME_MAX) {
                problems.add(entry + ": name is longer than " + NAME_MAX + " characters");
            }
        }
        return seen;
    }

    private void checkPeople(DirectoryFile file, Set<String> agencies, Set<String> workingGroups,
            List<String> problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<Person> people = file.definition().people();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            String entry = file.entry("people", i);
            if (person == null) {
                problems.add(entry + ": the entry is empty");
                continue;
            }
            if (blank(person.username())) {
                problems.add(entry + ": username is missing");
            } else if (!USERNAME.matcher(person.username()).matches() || person.username().length() > USERNAME_MAX) {
                problems.add(entry + ": username '" + person.username() + "' must be lowercase ASCII letters, digits, "
                        + "'.', '_' and '-', start with a letter or digit and be at most " + USERNAME_MAX + " characters");
            } else if (seen.containsKey(person.username())) {
                problems.add(entry + ": username '" + person.username() + "' is already used by "
                        + file.entry("people", seen.get(person.username())));
            } else {
                seen.put(person.username(), i);
            }
            if (blank(person.firstName())) {
                problems.add(entry + ": first-name is missing");
            }
            if (blank(person.lastName())) {
                problems.add(entry + ": last-name is missing");
            }
            if (blank(person.email())) {
                problems.add(entry + ": email is missing");
            } else if (!EMAIL.matcher(person.email()).matches()) {
                problems.add(entry + ": email '" + person.email() + "' is not an e-mail address");
            }
            if (blank(person.agency())) {
                problems.add(entry + ": agency is missing");
            } else if (!agencies.contains(person.agency())) {
                problems.add(entry + ": agency '" + person.agency() + "' is not an agency of the file");
            }
            if (person.roles().isEmpty()) {
                problems.add(entry + ": roles is missing (at least one role)");
            }
            for (String workingGroup : person.workingGroups()) {
                if (workingGroup == null || !workingGroups.contains(workingGroup)) {
                    problems.add(entry + ": working group '" + workingGroup + "' is not a working group of the file");
                }
            }
        }
    }

    /** Agency codes and working-group ids become Camunda group ids: no two may give the same id. */
    private void checkGroupIdsUnique(DirectoryFile file, List<String> problems) {
        Map<String, String> owners = new HashMap<>();
        for (String central : List.of(Groups.NETWORK_COORDINATORS, Groups.TRAINING_ADMINISTRATORS,
                Groups.EDUCATION_COUNCIL, Groups.STEERING_GROUP, Groups.CAMUNDA_ADMIN)) {
            owners.put(central, "the group of a role");
        }
        Set<String> codes = new HashSet<>();
        List<Agency> agencies = file.definition().agencies();
        for (int i = 0; i < agencies.size(); i++) {
            Agency agency = agencies.get(i);
            if (agency == null || blank(agency.code()) || !codes.add(agency.code())) {
                continue;
            }
            for (String groupId : List.of(agency.headsGroup(), agency.trainingCoordinatorsGroup())) {
                String owner = owners.putIfAbsent(groupId, file.entry("agencies", i));
                if (owner != null && !owner.equals(file.entry("agencies", i))) {
                    problems.add(file.entry("agencies", i) + ": its group id '" + groupId + "' is also the id of "
                            + owner);
                }
            }
        }
        List<WorkingGroup> workingGroups = file.definition().workingGroups();
        for (int i = 0; i < workingGroups.size(); i++) {
            WorkingGroup group = workingGroups.get(i);
            if (group == null || blank(group.id())) {
                continue;
            }
            String owner = owners.get(group.id());
            if (owner != null && owner.startsWith("agencies")) {
                problems.add(file.entry("working-groups", i) + ": id '" + group.id() + "' is also the group id of "
                        + owner);
            }
        }
    }

    /** The Luhn (mod 10) check over all ten digits of an organisation number. */
    /** Whether ten digits (an organisation number without the hyphen) carry a valid Luhn check digit. */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
