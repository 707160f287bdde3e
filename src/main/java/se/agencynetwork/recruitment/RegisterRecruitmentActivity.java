package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.IDEA_KEY;
import static se.agencynetwork.recruitment.RecruitmentVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;
import se.agencynetwork.system.BusinessKeys;

/**
 * "Registrera aktiviteten": the activity keeps the idea's business key (the idea hands it over); one
 * started without a key gets one of its own ({@code RECRUIT-2026-0001}). A retried step registers once.
 */
@Component("registerRecruitmentActivity")
@DelegateContract(reads = {Names.IDEA_KEY, Names.TITLE})
record RegisterRecruitmentActivity(RecruitmentRepository repository, BusinessKeys businessKeys) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            businessKey = businessKeys.next(RecruitmentVariables.BUSINESS_KEY_PREFIX);
            execution.setProcessBusinessKey(businessKey);
        }
        if (!repository.exists(businessKey)) {
            repository.insertActivity(businessKey, execution.getProcessInstanceId(), IDEA_KEY.get(execution),
                    TITLE.require(execution), NetworkTime.now());
        }
    }
}
