package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.POST_AWARD_NOTICE_PUBLISHED_ON;
import static se.agencynetwork.procurement.ProcurementVariables.POST_AWARD_NOTICE_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.DelegateContract;

/** On completion of the post-award notice task: its reference and publication day on the contract row. */
@Component("recordPostAwardNotice")
@DelegateContract(reads = {POST_AWARD_NOTICE_REFERENCE, POST_AWARD_NOTICE_PUBLISHED_ON}, writes = {})
public record RecordPostAwardNotice(ProcurementRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        repository.postAwardNoticePublished(task.getExecution().getProcessBusinessKey(),
                task.getVariable(POST_AWARD_NOTICE_REFERENCE).toString(),
                NetworkTime.date(task.getVariable(POST_AWARD_NOTICE_PUBLISHED_ON)));
    }
}
