package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.APPLICATION_ATTEMPT;
import static se.agencynetwork.yh.YhVariables.EVIDENCE_LINK;
import static se.agencynetwork.yh.YhVariables.ROUND_CLOSES;
import static se.agencynetwork.yh.YhVariables.ROUND_OPENS;
import static se.agencynetwork.yh.YhVariables.ROUND_REMINDER_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.yh.YhVariables.Names;

/**
 * {@code ${prepareYhRound}}: the round the application goes into (configuration), the reminder
 * before it closes ({@code network.yh.round-reminder-before}) and where the evidence is downloaded.
 */
@Component("prepareYhRound")
@DelegateContract(writes = {Names.ROUND_OPENS, Names.ROUND_CLOSES, Names.ROUND_REMINDER_AT, Names.EVIDENCE_LINK,
        Names.APPLICATION_ATTEMPT})
record PrepareYhRound(YhProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        YhProperties.Round round = properties.applicationRound().current(NetworkTime.today());
        ROUND_OPENS.set(execution, round.opens());
        ROUND_CLOSES.set(execution, round.closes());
        ROUND_REMINDER_AT.set(execution,
                YhDates.notBeforeNow(YhDates.morningOf(round.closes().minus(properties.roundReminderBefore()))));
        EVIDENCE_LINK.set(execution, "/api/yh/" + execution.getProcessBusinessKey() + "/evidence");
        APPLICATION_ATTEMPT.set(execution, APPLICATION_ATTEMPT.get(execution, 0) + 1);
    }
}
