package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.APPLICATION_ATTEMPT;
import static se.agencynetwork.yh.YhVariables.ROUND_CLOSES;
import static se.agencynetwork.yh.YhVariables.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.yh.YhVariables.Names;

/** {@code ${remindYhRound}}: the coordinators are reminded that the round closes and the provider must submit. */
@Component("remindYhRound")
@DelegateContract(reads = {Names.ROUND_CLOSES, Names.PROGRAMME_NAME, Names.APPLICATION_ATTEMPT})
record RemindYhRound(YhMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        mails.remind(execution, mails.coordinators(), "MYH:s ansökningsomgång stänger snart. Se till att"
                + " utbildningsanordnaren lämnar in ansökan för \"" + programme(execution) + "\" med underlaget från"
                + " nätverket, och bekräfta det i Tasklist.", ROUND_CLOSES.require(execution),
                "round-reminder:" + APPLICATION_ATTEMPT.get(execution));
    }
}
