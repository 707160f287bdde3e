package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.INITIATOR;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/** "Avsluta utan deltagare": no agency signed up; the coordinators and the idea's originator are told. */
@Component("closeRecruitmentWithoutParticipants")
@DelegateContract(reads = {Names.TITLE, Names.INITIATOR, Names.ACTIVITY_DATE, Names.ACTIVITY_PLACE},
        writes = {Names.OUTCOME})
record CloseRecruitmentWithoutParticipants(RecruitmentRepository repository, RecruitmentMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        repository.closeWithoutParticipants(execution.getProcessBusinessKey(), NetworkTime.now());
        RecruitmentVariables.OUTCOME.set(execution, RecruitmentVariables.NO_PARTICIPANTS);
        List<Recipient> to = new ArrayList<>(mails.coordinators());
        to.addAll(mails.user(INITIATOR.get(execution)));
        mails.tell(execution, to, "Ingen myndighet anmälde sig",
                "Ingen myndighet anmälde sig till rekryteringsaktiviteten före sista anmälningsdagen. Den blir inte av.",
                null, "no-participants");
    }
}
