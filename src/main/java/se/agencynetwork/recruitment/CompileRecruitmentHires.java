package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.ANSWERED_COUNT;
import static se.agencynetwork.recruitment.RecruitmentVariables.HIRES_SUMMARY;
import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPATING_AGENCIES;
import static se.agencynetwork.recruitment.RecruitmentVariables.TOTAL_HIRES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.recruitment.RecruitmentActivities.FollowUp;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Sammanställ anställningar": the hires of the agencies that answered; an agency that let the deadline
 * pass is recorded and shown as "inte svarat", never counted as zero.
 */
@Component("compileRecruitmentHires")
@DelegateContract(reads = {Names.PARTICIPATING_AGENCIES},
        writes = {Names.ANSWERED_COUNT, Names.TOTAL_HIRES, Names.HIRES_SUMMARY})
record CompileRecruitmentHires(RecruitmentActivities activities) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        FollowUp followUp = activities.compileHires(execution.getProcessBusinessKey(),
                PARTICIPATING_AGENCIES.require(execution));
        ANSWERED_COUNT.set(execution, followUp.answered());
        TOTAL_HIRES.set(execution, followUp.totalHires());
        HIRES_SUMMARY.set(execution, followUp.summary());
    }
}
