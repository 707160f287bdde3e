package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentActivities.SignUpRound;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Öppna anmälan": stores the coordinator's plan and asks every member agency of the directory; the
 * deadline is the end of the last day to sign up, the reminder goes out
 * {@code network.recruitment.reminder-before} earlier (or at once if that moment has passed).
 */
@Component("openRecruitmentSignUp")
@DelegateContract(reads = {Names.ACTIVITY_KIND, Names.ACTIVITY_DATE, Names.ACTIVITY_PLACE, Names.PLANNED_CONTRIBUTIONS,
        Names.PLANNED_COST, Names.ACTIVITY_COST_KEY, Names.SIGN_UP_DEADLINE},
        writes = {Names.MEMBER_AGENCIES, Names.SIGN_UP_DEADLINE_AT, Names.SIGN_UP_REMINDER_AT, Names.ACTIVITY_DATE_AT})
record OpenRecruitmentSignUp(RecruitmentActivities activities, RecruitmentRepository repository) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        repository.updatePlan(execution.getProcessBusinessKey(), ActivityKind.of(ACTIVITY_KIND.require(execution)),
                ACTIVITY_DATE.require(execution), ACTIVITY_PLACE.require(execution),
                PLANNED_CONTRIBUTIONS.require(execution), PLANNED_COST.get(execution),
                ACTIVITY_COST_KEY.require(execution), SIGN_UP_DEADLINE.require(execution));
        SignUpRound round = activities.openSignUp(SIGN_UP_DEADLINE.require(execution), ACTIVITY_DATE.require(execution),
                NetworkTime.now());
        MEMBER_AGENCIES.set(execution, round.agencies());
        SIGN_UP_DEADLINE_AT.set(execution, round.deadline());
        SIGN_UP_REMINDER_AT.set(execution, round.reminder());
        ACTIVITY_DATE_AT.set(execution, round.activityDay());
    }
}
