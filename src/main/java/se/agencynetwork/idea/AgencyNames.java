package se.agencynetwork.idea;

import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;

/** The agency's name for forms: {@code ${agencyNames.nameOf(agency)}} in an input parameter. */
@Component("agencyNames")
public record AgencyNames(NetworkDirectory directory) {

    public String nameOf(String code) {
        return directory.agencyName(code);
    }
}
