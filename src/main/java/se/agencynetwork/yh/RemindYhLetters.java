package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.LETTER_DEADLINE_AT;
import static se.agencynetwork.yh.YhVariables.programme;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.yh.YhVariables.Names;

/** {@code ${remindYhLetters}}: the heads of the agencies that have not answered yet are reminded. */
@Component("remindYhLetters")
@DelegateContract(reads = {Names.LETTER_DEADLINE_AT, Names.PROGRAMME_NAME})
record RemindYhLetters(YhApplications applications, YhMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = LocalDate.ofInstant(LETTER_DEADLINE_AT.require(execution), NetworkTime.ZONE);
        String text = "Er myndighet har inte svarat på avsiktsförklaringen för YH-utbildningen \"" + programme(execution)
                + "\". Underteckna eller avböj i Tasklist; utan svar räknas myndigheten inte in i ansökans underlag.";
        for (String agency : applications.pendingAgencies(execution.getProcessBusinessKey())) {
            mails.remind(execution, mails.headsOf(agency), text, deadline, "letter-reminder:" + agency);
        }
    }
}
