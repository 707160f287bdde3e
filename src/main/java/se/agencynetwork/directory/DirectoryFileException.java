package se.agencynetwork.directory;

/** The directory file is missing or invalid; the message names the file and the entry. */
public class DirectoryFileException extends RuntimeException {

    public DirectoryFileException(String file, String problem) {
        super("Directory file " + file + ": " + problem);
    }

    public DirectoryFileException(String file, String problem, Throwable cause) {
        super("Directory file " + file + ": " + problem, cause);
    }
}
