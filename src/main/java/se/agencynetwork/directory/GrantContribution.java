package se.agencynetwork.directory;

import java.util.List;

import se.agencynetwork.directory.DirectoryGrants.Grant;

/**
 * What a capability lets the directory's groups do with its own processes (who may start one, who
 * may pass a message to its instances), as rows of the directory's grants. Each capability declares
 * a bean of this type; the directory's synchronisation grants the rows with its own table and removes
 * them when they are gone, without knowing the capabilities.
 */
public interface GrantContribution {

    /** The rows, made with {@link DirectoryGrants#grant}. */
    List<Grant> grants();
}
