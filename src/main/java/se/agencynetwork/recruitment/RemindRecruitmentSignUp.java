package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.MEMBER_AGENCIES;
import static se.agencynetwork.recruitment.RecruitmentVariables.REMINDED_AGENCIES;
import static se.agencynetwork.recruitment.RecruitmentVariables.SIGN_UP_DEADLINE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Påminn myndigheter som inte svarat": the training coordinators of each agency that has not answered
 * yet are reminded that silence means not taking part; the agencies reminded are kept.
 */
@Component("remindRecruitmentSignUp")
@DelegateContract(reads = {Names.MEMBER_AGENCIES, Names.SIGN_UP_DEADLINE, Names.TITLE, Names.ACTIVITY_DATE,
        Names.ACTIVITY_PLACE},
        writes = {Names.REMINDED_AGENCIES})
record RemindRecruitmentSignUp(RecruitmentActivities activities, RecruitmentMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<String> silent = activities.silentAgencies(execution.getProcessBusinessKey(), MEMBER_AGENCIES.require(execution));
        for (String agency : silent) {
            mails.tell(execution, mails.trainingCoordinatorsOf(List.of(agency)), "Påminnelse: anmäl deltagande",
                    "Er myndighet har inte svarat på om den deltar i och medfinansierar rekryteringsaktiviteten. "
                            + "Svara i Tasklist; utan svar senast sista anmälningsdagen deltar myndigheten inte.",
                    SIGN_UP_DEADLINE.get(execution), "sign-up-reminder:" + agency);
        }
        REMINDED_AGENCIES.set(execution, silent);
    }
}
