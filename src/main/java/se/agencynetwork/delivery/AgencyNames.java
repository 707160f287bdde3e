package se.agencynetwork.delivery;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;

/** An agency's name as people read it; its code when the directory does not know it. */
final class AgencyNames {

    private AgencyNames() {
    }

    static String of(NetworkDirectory directory, String code) {
        return directory.agency(code).map(Agency::name).orElse(code);
    }
}
