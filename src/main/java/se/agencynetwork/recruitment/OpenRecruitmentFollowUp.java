package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.FOLLOW_UP_DEADLINE_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Öppna uppföljningen": six months after the activity the participating agencies are asked for the
 * hires it led to, until the end of the day {@code network.recruitment.follow-up-period} from now.
 */
@Component("openRecruitmentFollowUp")
@DelegateContract(writes = {Names.FOLLOW_UP_DEADLINE_AT})
record OpenRecruitmentFollowUp(RecruitmentActivities activities) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        FOLLOW_UP_DEADLINE_AT.set(execution, activities.followUpDeadline(NetworkTime.today()));
    }
}
