package se.agencynetwork.idea;

import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;

/** The agency's name for forms: {@code ${agencyNames.nameOf(agency)}} in an input parameter. */
@Component("agencyNames")
public class AgencyNames {

    private final NetworkDirectory directory;

    public AgencyNames(NetworkDirectory directory) {
        this.directory = directory;
    }

    public String nameOf(String code) {
        return directory.agencyName(code);
    }
}
