package se.agencynetwork.costsharing;

/** A co-funding agency of an activity and its (expected or actual) participants. */
public record CoFunder(String agency, int participants) {
}
