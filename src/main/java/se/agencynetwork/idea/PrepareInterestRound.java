package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.INTEREST_DEADLINE;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_DEADLINE_AT;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_REMINDER_AT;
import static se.agencynetwork.idea.IdeaVariables.MEMBER_AGENCIES;

import java.time.Instant;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * Opens the interest round: every member agency of the directory is asked; the deadline is the
 * end of the day the council chose, the reminder goes out {@code network.idea.reminder-before}
 * earlier (or at once if that moment has passed).
 */
@Component("prepareInterestRound")
@DelegateContract(reads = {Names.INTEREST_DEADLINE},
        writes = {Names.MEMBER_AGENCIES, Names.INTEREST_DEADLINE_AT, Names.INTEREST_REMINDER_AT})
public class PrepareInterestRound implements JavaDelegate {

    /** A deadline day ends at this time, in Sweden. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final NetworkDirectory directory;
    private final IdeaProperties properties;

    public PrepareInterestRound(NetworkDirectory directory, IdeaProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant deadlineAt = INTEREST_DEADLINE.require(execution).atTime(END_OF_DAY).atZone(NetworkTime.ZONE).toInstant();
        Instant now = NetworkTime.now();
        Instant reminderAt = deadlineAt.minus(properties.reminderBefore());
        if (reminderAt.isBefore(now)) {
            reminderAt = now;
        }
        MEMBER_AGENCIES.set(execution, directory.agencyCodes());
        INTEREST_DEADLINE_AT.set(execution, deadlineAt);
        INTEREST_REMINDER_AT.set(execution, reminderAt);
    }
}
