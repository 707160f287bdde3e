package se.agencynetwork.process;

import java.time.LocalDate;
import java.util.List;

/**
 * The courses' registration lists (participants and reserves with names and addresses), as far as
 * the participants' data retention needs them. The course delivery capability implements it.
 */
public interface RegistrationLists {

    /** The business keys of the courses with registration lists whose last day is before {@code day}. */
    List<String> coursesEndedBefore(LocalDate day);

    /** Deletes the course's registration list (participants and reserves); returns the rows deleted. */
    int removeCourse(String courseKey);
}
