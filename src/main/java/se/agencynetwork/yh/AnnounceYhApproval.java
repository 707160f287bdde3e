package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.APPROVED;
import static se.agencynetwork.yh.YhVariables.OUTCOME;
import static se.agencynetwork.yh.YhVariables.OUTCOME_APPROVED;
import static se.agencynetwork.yh.YhVariables.PROGRAMME_START;
import static se.agencynetwork.yh.YhVariables.SUPPORT_FIGURES;
import static se.agencynetwork.yh.YhVariables.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.yh.YhVariables.Names;

/**
 * {@code ${announceYhApproval}}: the decision recorded; each signing agency's heads asked to
 * prepare their LIA places; everyone told; the outcome for idea.
 */
@Component("announceYhApproval")
@DelegateContract(reads = {Names.PROGRAMME_START, Names.PROGRAMME_NAME, Names.SUPPORT_FIGURES}, writes = {Names.OUTCOME})
record AnnounceYhApproval(YhApplications applications, YhMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        applications.decide(key, APPROVED, null);
        String start = YhDates.swedish(PROGRAMME_START.require(execution));
        Evidence evidence = applications.evidence(key);
        for (LetterOfIntent letter : evidence.signedLetters()) {
            mails.askForLiaPlaces(execution, letter, start);
        }
        mails.tellOutcome(execution, mails.everyone(execution, applications.concernedAgencies(key)),
                "YH-utbildningen beviljad", "MYH har beviljat YH-utbildningen \"" + programme(execution)
                        + "\". Den startar " + start + ". Myndigheterna som undertecknade avsiktsförklaringar"
                        + " förbereder sina " + evidence.totalLiaPlaces() + " LIA-platser.",
                SUPPORT_FIGURES.get(execution), "approved");
        OUTCOME.set(execution, OUTCOME_APPROVED);
    }
}
