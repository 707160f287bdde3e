package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.CANCELLATION_REASON;
import static se.agencynetwork.recruitment.RecruitmentVariables.EVENT_NOTES;
import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPATING_AGENCIES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Meddela att aktiviteten ställts in": the coordinator reported a cancellation; it is recorded with its
 * reason (nothing is booked) and the participating agencies' training coordinators and heads are told.
 */
@Component("cancelRecruitmentActivity")
@DelegateContract(reads = {Names.CANCELLATION_REASON, Names.EVENT_NOTES, Names.PARTICIPATING_AGENCIES, Names.TITLE,
        Names.ACTIVITY_DATE, Names.ACTIVITY_PLACE}, writes = {Names.OUTCOME})
record CancelRecruitmentActivity(RecruitmentRepository repository, RecruitmentMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reason = CANCELLATION_REASON.require(execution);
        repository.recordCancelled(execution.getProcessBusinessKey(), reason, EVENT_NOTES.get(execution),
                Actors.of(execution), NetworkTime.now());
        RecruitmentVariables.OUTCOME.set(execution, RecruitmentVariables.OUTCOME_CANCELLED);
        mails.tell(execution, mails.agenciesConcerned(PARTICIPATING_AGENCIES.require(execution)),
                "Aktiviteten är inställd", "Rekryteringsaktiviteten är inställd. Skäl: " + reason
                        + "\nIngen kostnad fördelas.", null, "cancelled");
    }
}
