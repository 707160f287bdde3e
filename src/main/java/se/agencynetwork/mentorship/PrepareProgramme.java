package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.system.BusinessKeys;

/**
 * "Öppna anmälan till programmet": the business key, the programme's row, every member agency asked,
 * the deadlines (end of the last day to nominate; the heads' approval a configured period later) and
 * the moments of the kick-off, the mid-point and the closing, from the period.
 */
@Component("prepareMentorship")
@DelegateContract(reads = {Names.TITLE, Names.PERIOD_START, Names.PERIOD_END, Names.PAIR_COUNT, Names.COST_PER_PAIR,
        Names.LAST_ANSWER_DATE},
        writes = {Names.AGENCY_CODES, Names.PARTICIPATION_DEADLINE, Names.APPROVAL_DEADLINE, Names.KICK_OFF_AT,
                Names.MID_POINT_AT, Names.CLOSING_AT, Names.MID_POINT_DUE, Names.CLOSING_DUE})
record PrepareProgramme(MentorshipRepository repository, NetworkDirectory directory, BusinessKeys businessKeys,
        MentorshipProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || !businessKey.startsWith(MentorshipProcess.BUSINESS_KEY_PREFIX + "-")) {
            businessKey = businessKeys.next(MentorshipProcess.BUSINESS_KEY_PREFIX);
            execution.setProcessBusinessKey(businessKey);
        }
        LocalDate start = PERIOD_START.require(execution);
        LocalDate end = PERIOD_END.require(execution);
        Instant deadline = at(LAST_ANSWER_DATE.require(execution), MentorshipProperties.END_OF_DAY);
        Instant midPoint = at(MentorshipService.midPoint(start, end), properties.eventTime());
        Instant closing = at(end, properties.eventTime());
        repository.insertProgramme(businessKey, execution.getProcessInstanceId(), TITLE.require(execution), start, end,
                PAIR_COUNT.require(execution), COST_PER_PAIR.require(execution).kronor(), deadline, NetworkTime.now());
        AGENCY_CODES.set(execution, directory.agencyCodes());
        PARTICIPATION_DEADLINE.set(execution, deadline);
        APPROVAL_DEADLINE.set(execution, deadline.atZone(NetworkTime.ZONE).plus(properties.approvalPeriod()).toInstant());
        KICK_OFF_AT.set(execution, at(start, properties.eventTime()));
        MID_POINT_AT.set(execution, midPoint);
        CLOSING_AT.set(execution, closing);
        MID_POINT_DUE.set(execution, midPoint.atZone(NetworkTime.ZONE).plus(properties.checkInPeriod()).toInstant());
        CLOSING_DUE.set(execution, closing.atZone(NetworkTime.ZONE).plus(properties.checkInPeriod()).toInstant());
    }

    private static Instant at(LocalDate day, java.time.LocalTime time) {
        return day.atTime(time).atZone(NetworkTime.ZONE).toInstant();
    }
}
