package se.agencynetwork.directory;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The roles a person can hold in the directory file, and the Camunda group each one gives. */
public enum Role {
    NETWORK_COORDINATOR("network-coordinator"),
    TRAINING_ADMINISTRATOR("training-administrator"),
    EDUCATION_COUNCIL("education-council"),
    STEERING_GROUP("steering-group"),
    /** Head of the person's own agency: group {@code <agency>-heads}. */
    HEAD("head"),
    /** Training coordinator of the person's own agency: group {@code <agency>-training-coordinators}. */
    TRAINING_COORDINATOR("training-coordinator"),
    /** Administrator: Cockpit and Admin, group {@code camunda-admin}. */
    ADMIN("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id.equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "' (known roles: "
                + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")) + ")");
    }

    /** The Camunda group this role gives a person of the given agency. */
    public String groupFor(String agencyCode) {
        return switch (this) {
            case NETWORK_COORDINATOR -> Groups.NETWORK_COORDINATORS;
            case TRAINING_ADMINISTRATOR -> Groups.TRAINING_ADMINISTRATORS;
            case EDUCATION_COUNCIL -> Groups.EDUCATION_COUNCIL;
            case STEERING_GROUP -> Groups.STEERING_GROUP;
            case HEAD -> Groups.headsOf(agencyCode);
            case TRAINING_COORDINATOR -> Groups.trainingCoordinatorsOf(agencyCode);
            case ADMIN -> Groups.CAMUNDA_ADMIN;
        };
    }
}
