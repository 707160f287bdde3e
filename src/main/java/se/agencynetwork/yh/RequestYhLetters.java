package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.CONCERNED_AGENCIES;
import static se.agencynetwork.yh.YhVariables.LETTER_AGENCIES;
import static se.agencynetwork.yh.YhVariables.LETTER_DEADLINE_AT;
import static se.agencynetwork.yh.YhVariables.LETTER_REMINDER_AT;
import static se.agencynetwork.yh.YhVariables.PROVIDER_NAME;
import static se.agencynetwork.yh.YhVariables.PROVIDER_ORG_NUMBER;
import static se.agencynetwork.yh.YhVariables.programme;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.yh.YhVariables.Names;

/**
 * {@code ${requestYhLetters}}: the application and one pending letter of intent per concerned
 * agency are recorded; the deadline ({@code network.yh.letter-period}) and the reminder before it.
 */
@Component("requestYhLetters")
@DelegateContract(reads = {Names.CONCERNED_AGENCIES, Names.PROGRAMME_NAME, Names.PROVIDER_NAME,
        Names.PROVIDER_ORG_NUMBER}, writes = {Names.LETTER_AGENCIES, Names.LETTER_DEADLINE_AT, Names.LETTER_REMINDER_AT})
record RequestYhLetters(YhApplications applications, YhProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<String> agencies = CONCERNED_AGENCIES.get(execution, List.of()).stream().distinct().sorted().toList();
        applications.open(execution.getProcessBusinessKey(), programme(execution), PROVIDER_NAME.get(execution),
                PROVIDER_ORG_NUMBER.get(execution), agencies);
        LocalDate deadline = NetworkTime.today().plus(properties.letterPeriod());
        LETTER_AGENCIES.set(execution, agencies);
        LETTER_DEADLINE_AT.set(execution, YhDates.endOf(deadline));
        LETTER_REMINDER_AT.set(execution,
                YhDates.notBeforeNow(YhDates.morningOf(deadline.minus(properties.letterReminderBefore()))));
    }
}
