package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.INTEREST_DEADLINE;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_DEADLINE_AT;
import static se.agencynetwork.idea.IdeaVariables.INTEREST_REMINDER_AT;
import static se.agencynetwork.idea.IdeaVariables.MEMBER_AGENCIES;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;

/**
 * Opens the interest round: every member agency of the directory is asked; the deadline is the
 * end of the day the council chose, the reminder goes out {@code network.idea.reminder-before}
 * earlier (or at once if that moment has passed).
 */
@Component("prepareInterestRound")
@DelegateContract(reads = {INTEREST_DEADLINE}, writes = {MEMBER_AGENCIES, INTEREST_DEADLINE_AT, INTEREST_REMINDER_AT})
public class PrepareInterestRound implements JavaDelegate {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final NetworkDirectory directory;
    private final IdeaProperties properties;

    public PrepareInterestRound(NetworkDirectory directory, IdeaProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = LocalDate.parse(String.valueOf(execution.getVariable(INTEREST_DEADLINE)));
        Instant deadlineAt = deadline.atTime(LocalTime.of(23, 59)).atZone(ZONE).toInstant();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant reminderAt = deadlineAt.minus(properties.reminderBefore());
        if (reminderAt.isBefore(now)) {
            reminderAt = now;
        }
        execution.setVariable(MEMBER_AGENCIES, ProcessJson.list(directory.agencyCodes()));
        execution.setVariable(INTEREST_DEADLINE_AT, Date.from(deadlineAt));
        execution.setVariable(INTEREST_REMINDER_AT, Date.from(reminderAt));
    }
}
