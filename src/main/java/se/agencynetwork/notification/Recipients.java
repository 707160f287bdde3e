package se.agencynetwork.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Groups;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;

/**
 * Finds who a mail goes to: a user (e-mail from the directory file, else from the Camunda user),
 * the members of a Camunda group, an agency's heads or training coordinators. Someone without an
 * e-mail address is logged and left out; nobody gets the same mail twice because they are in two
 * of the groups.
 *
 * <p>In BPMN ({@code mailRecipients} of the {@code ${notify}} delegate) recipients are written as a
 * comma-separated list: {@code user:chef-spv}, {@code group:network-coordinators},
 * {@code heads:spv}, {@code training-coordinators:spv}, {@code mail:someone@example.se}.
 */
@Component
public class Recipients {

    private static final Logger LOG = LoggerFactory.getLogger(Recipients.class);

    private final NetworkDirectory directory;
    private final IdentityService identityService;

    public Recipients(NetworkDirectory directory, IdentityService identityService) {
        this.directory = directory;
        this.identityService = identityService;
    }

    public Optional<Recipient> user(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        Optional<Person> person = directory.person(userId).filter(p -> hasText(p.email()));
        if (person.isPresent()) {
            return Optional.of(new Recipient(userId, person.get().email(), person.get().firstName()));
        }
        User user = SystemAuthentication.call(identityService,
                () -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null || !hasText(user.getEmail())) {
            LOG.warn("No e-mail address for user {}: left out", userId);
            return Optional.empty();
        }
        return Optional.of(new Recipient(userId, user.getEmail(), user.getFirstName()));
    }

    /** The members of a Camunda group (identity service), each with their address. */
    public List<Recipient> group(String groupId) {
        List<String> members = SystemAuthentication.call(identityService,
                () -> identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList());
        if (members.isEmpty()) {
            LOG.warn("Group {} has no members: nobody to notify", groupId);
        }
        return users(members);
    }

    public List<Recipient> headsOf(String agencyCode) {
        return group(Groups.headsOf(agencyCode));
    }

    public List<Recipient> trainingCoordinatorsOf(String agencyCode) {
        return group(Groups.trainingCoordinatorsOf(agencyCode));
    }

    public List<Recipient> users(Collection<String> userIds) {
        return distinct(userIds.stream().map(this::user).flatMap(Optional::stream).toList());
    }

    /**
     * Resolves a recipient list such as {@code "user:chef-spv, heads:csn, group:network-coordinators"}.
     *
     * @throws IllegalArgumentException for an entry that is not of one of the known forms
     */
    public List<Recipient> resolve(String spec) {
        List<Recipient> all = new ArrayList<>();
        if (spec == null) {
            return all;
        }
        for (String entry : spec.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalArgumentException("Recipient '" + trimmed
                        + "' must be user:<id>, group:<id>, heads:<agency>, training-coordinators:<agency> or mail:<address>");
            }
            String type = trimmed.substring(0, colon).trim();
            String value = trimmed.substring(colon + 1).trim();
            switch (type) {
                case "user" -> user(value).ifPresent(all::add);
                case "group" -> all.addAll(group(value));
                case "heads" -> all.addAll(headsOf(value));
                case "training-coordinators" -> all.addAll(trainingCoordinatorsOf(value));
                case "mail" -> all.add(Recipient.address(value));
                default -> throw new IllegalArgumentException("Unknown recipient type '" + type + "' in '" + trimmed + "'");
            }
        }
        return distinct(all);
    }

    static List<Recipient> distinct(Collection<Recipient> recipients) {
        Map<String, Recipient> byKey = new LinkedHashMap<>();
        recipients.forEach(r -> byKey.putIfAbsent(r.key(), r));
        return List.copyOf(byKey.values());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
