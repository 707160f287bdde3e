package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPANT_COUNT;
import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPANT_NAMES;
import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPATING_AGENCIES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.recruitment.RecruitmentActivities.Participants;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Sammanställ anmälningar": the agencies that signed up take part (silence and "no" do not); when there
 * are any, their training coordinators learn who takes part.
 */
@Component("compileRecruitmentSignUps")
@DelegateContract(reads = {Names.TITLE, Names.ACTIVITY_DATE, Names.ACTIVITY_PLACE},
        writes = {Names.PARTICIPATING_AGENCIES, Names.PARTICIPANT_COUNT, Names.PARTICIPANT_NAMES})
record CompileRecruitmentSignUps(RecruitmentActivities activities, RecruitmentMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Participants participants = activities.participants(execution.getProcessBusinessKey());
        PARTICIPATING_AGENCIES.set(execution, participants.agencies());
        PARTICIPANT_COUNT.set(execution, participants.count());
        PARTICIPANT_NAMES.set(execution, participants.names());
        if (participants.count() > 0) {
            mails.tell(execution, mails.trainingCoordinatorsOf(participants.agencies()), "Aktiviteten blir av",
                    "Anmälan är stängd. Dessa myndigheter deltar och delar kostnaden:\n" + participants.names(),
                    null, "participants");
        }
    }
}
