package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.OUTCOME;
import static se.agencynetwork.yh.YhVariables.OUTCOME_TOO_LITTLE_SUPPORT;
import static se.agencynetwork.yh.YhVariables.SUPPORT_FIGURES;
import static se.agencynetwork.yh.YhVariables.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.yh.YhVariables.Names;

/** {@code ${reportYhTooLittleSupport}}: the council and the coordinators get the figures; the case goes back. */
@Component("reportYhTooLittleSupport")
@DelegateContract(reads = {Names.SUPPORT_FIGURES, Names.PROGRAMME_NAME}, writes = {Names.OUTCOME})
record ReportYhTooLittleSupport(YhMails mails, YhProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.tellOutcome(execution, mails.councilAndCoordinators(), "För lite stöd för YH-ansökan",
                "För få myndigheter undertecknade en avsiktsförklaring för YH-utbildningen \"" + programme(execution)
                        + "\" (minst " + properties.minSignedLetters() + " behövs). Ärendet går tillbaka till"
                        + " utbildningsrådet.",
                SUPPORT_FIGURES.get(execution), "too-little-support");
        OUTCOME.set(execution, OUTCOME_TOO_LITTLE_SUPPORT);
    }
}
