package se.agencynetwork.directory;

import java.util.List;

/** The Camunda group ids that models, authorizations and code rely on (README "Who may do what", docs/DIRECTORY.md). */
public final class Groups {

    public static final String NETWORK_COORDINATORS = "network-coordinators";
    public static final String TRAINING_ADMINISTRATORS = "training-administrators";
    public static final String EDUCATION_COUNCIL = "education-council";
    public static final String STEERING_GROUP = "steering-group";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public static final String WG_HR_MANAGERS = "wg-hr-managers";
    public static final String WG_HR_DEVELOPERS = "wg-hr-developers";
    public static final String WG_IT_MANAGERS = "wg-it-managers";
    public static final String WG_COMMUNICATION = "wg-communication";
    public static final String WG_LEGAL = "wg-legal";

    public static final List<String> WORKING_GROUPS =
            List.of(WG_HR_MANAGERS, WG_HR_DEVELOPERS, WG_IT_MANAGERS, WG_COMMUNICATION, WG_LEGAL);

    public static final String HEADS_SUFFIX = "-heads";
    public static final String TRAINING_COORDINATORS_SUFFIX = "-training-coordinators";

    private Groups() {
    }

    public static String headsOf(String agencyCode) {
        return agencyCode + HEADS_SUFFIX;
    }

    public static String trainingCoordinatorsOf(String agencyCode) {
        return agencyCode + TRAINING_COORDINATORS_SUFFIX;
    }
}
