package se.agencynetwork.directory;

/**
 * A working group of the network (HR managers, IT managers, ...).
 *
 * @param id   the Camunda group id, one of {@link Groups#WORKING_GROUPS}
 * @param name the Swedish name shown to users
 */
public record WorkingGroup(String id, String name) {
}
