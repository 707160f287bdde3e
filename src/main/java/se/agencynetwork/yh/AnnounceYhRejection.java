package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.APPLICATION_ATTEMPT;
import static se.agencynetwork.yh.YhVariables.LESSONS_LEARNED;
import static se.agencynetwork.yh.YhVariables.NEXT_ROUND_OPENS_AT;
import static se.agencynetwork.yh.YhVariables.OUTCOME;
import static se.agencynetwork.yh.YhVariables.OUTCOME_REJECTED;
import static se.agencynetwork.yh.YhVariables.REJECTED;
import static se.agencynetwork.yh.YhVariables.TRY_AGAIN;
import static se.agencynetwork.yh.YhVariables.YES;
import static se.agencynetwork.yh.YhVariables.programme;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.yh.YhVariables.Names;

/**
 * {@code ${announceYhRejection}}: the decision and lessons recorded, everyone told; with a new
 * attempt, when the next round opens.
 */
@Component("announceYhRejection")
@DelegateContract(reads = {Names.LESSONS_LEARNED, Names.TRY_AGAIN, Names.PROGRAMME_NAME, Names.APPLICATION_ATTEMPT},
        writes = {Names.OUTCOME, Names.NEXT_ROUND_OPENS_AT})
record AnnounceYhRejection(
        YhApplications applications,
        YhMails mails,
        YhProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String lessons = LESSONS_LEARNED.get(execution);
        applications.decide(key, REJECTED, lessons);
        StringBuilder text = new StringBuilder("MYH har avslagit ansökan om YH-utbildningen \"")
                .append(programme(execution)).append("\".");
        if (YES.equals(TRY_AGAIN.get(execution))) {
            LocalDate opens = properties.applicationRound().next(NetworkTime.today()).opens();
            NEXT_ROUND_OPENS_AT.set(execution, YhDates.morningOf(opens));
            text.append(" Nätverket gör ett nytt försök i nästa ansökningsomgång, som öppnar ")
                    .append(YhDates.swedish(opens)).append('.');
        } else {
            NEXT_ROUND_OPENS_AT.set(execution, null);
            text.append(" Nätverket gör inget nytt försök.");
        }
        text.append(" Lärdomar: ").append(lessons);
        mails.tellOutcome(execution, mails.everyone(execution, applications.concernedAgencies(key)),
                "YH-ansökan avslogs", text.toString(), null, "rejected:" + APPLICATION_ATTEMPT.get(execution));
        OUTCOME.set(execution, OUTCOME_REJECTED);
    }
}
