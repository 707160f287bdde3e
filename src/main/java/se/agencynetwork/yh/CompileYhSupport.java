package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.DECLINED_LETTERS;
import static se.agencynetwork.yh.YhVariables.ENOUGH_SUPPORT;
import static se.agencynetwork.yh.YhVariables.SIGNED_LETTERS;
import static se.agencynetwork.yh.YhVariables.SILENT_LETTERS;
import static se.agencynetwork.yh.YhVariables.SUPPORT_FIGURES;
import static se.agencynetwork.yh.YhVariables.TOTAL_HIRING_NEED;
import static se.agencynetwork.yh.YhVariables.TOTAL_LIA_PLACES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.yh.YhVariables.Names;

/** {@code ${compileYhSupport}}: the letters' figures, and whether they are enough ({@code network.yh.min-signed-letters}). */
@Component("compileYhSupport")
@DelegateContract(writes = {Names.SIGNED_LETTERS, Names.DECLINED_LETTERS, Names.SILENT_LETTERS, Names.TOTAL_HIRING_NEED,
        Names.TOTAL_LIA_PLACES, Names.SUPPORT_FIGURES, Names.ENOUGH_SUPPORT})
record CompileYhSupport(YhApplications applications, YhProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Evidence evidence = applications.evidence(execution.getProcessBusinessKey());
        SIGNED_LETTERS.set(execution, evidence.signedCount());
        DECLINED_LETTERS.set(execution, evidence.declinedCount());
        SILENT_LETTERS.set(execution, evidence.silentCount());
        TOTAL_HIRING_NEED.set(execution, evidence.totalHiringNeed());
        TOTAL_LIA_PLACES.set(execution, evidence.totalLiaPlaces());
        SUPPORT_FIGURES.set(execution, evidence.figures());
        ENOUGH_SUPPORT.set(execution, evidence.enoughSupport(properties.minSignedLetters()));
    }
}
