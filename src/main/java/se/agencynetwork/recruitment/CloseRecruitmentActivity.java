package se.agencynetwork.recruitment;

import static se.agencynetwork.recruitment.RecruitmentVariables.ANSWERED_COUNT;
import static se.agencynetwork.recruitment.RecruitmentVariables.HIRES_SUMMARY;
import static se.agencynetwork.recruitment.RecruitmentVariables.LESSONS_LEARNED;
import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPANT_COUNT;
import static se.agencynetwork.recruitment.RecruitmentVariables.PARTICIPATING_AGENCIES;
import static se.agencynetwork.recruitment.RecruitmentVariables.TOTAL_HIRES;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.notification.Recipient;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.recruitment.RecruitmentVariables.Names;

/**
 * "Skicka sammanställningen": the coordinator's lessons are stored with the follow-up and the summary goes
 * to the participating agencies' training coordinators and the coordinators.
 */
@Component("closeRecruitmentActivity")
@DelegateContract(reads = {Names.LESSONS_LEARNED, Names.PARTICIPATING_AGENCIES, Names.PARTICIPANT_COUNT,
        Names.ANSWERED_COUNT, Names.TOTAL_HIRES, Names.HIRES_SUMMARY, Names.TITLE, Names.ACTIVITY_DATE,
        Names.ACTIVITY_PLACE}, writes = {Names.OUTCOME})
record CloseRecruitmentActivity(RecruitmentRepository repository, RecruitmentMails mails) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String lessons = LESSONS_LEARNED.require(execution);
        repository.close(execution.getProcessBusinessKey(), lessons, NetworkTime.now());
        RecruitmentVariables.OUTCOME.set(execution, RecruitmentVariables.FOLLOWED_UP);
        List<Recipient> to = new ArrayList<>(mails.trainingCoordinatorsOf(PARTICIPATING_AGENCIES.require(execution)));
        to.addAll(mails.coordinators());
        mails.tell(execution, to, "Uppföljning av rekryteringsaktiviteten",
                ANSWERED_COUNT.require(execution) + " av " + PARTICIPANT_COUNT.require(execution)
                        + " deltagande myndigheter har svarat; de har tillsammans anställt " + TOTAL_HIRES.require(execution)
                        + " personer tack vare aktiviteten (myndigheter som inte svarat räknas inte som noll).\n"
                        + HIRES_SUMMARY.require(execution) + "\n\nLärdomar: " + lessons,
                null, "summary");
    }
}
