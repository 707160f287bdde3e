package se.agencynetwork.mentorship;

import static se.agencynetwork.mentorship.MentorshipVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import se.agencynetwork.mentorship.MentorshipVariables.Names;
import se.agencynetwork.notification.MailKind;
import se.agencynetwork.notification.Notifications;
import se.agencynetwork.notification.Recipient;
import se.agencynetwork.notification.Recipients;
import se.agencynetwork.notification.StepMail;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * "Meddela om paret avslutas i förtid": the pair ends with the meetings held so far and the reason. The
 * training coordinators of both agencies are told (once per pair); a mid-point check-in of the pair that is
 * still open is closed with the same count, so the ended pair gets no check-in and no reminder any more.
 */
@Component("recordMentorshipEarlyEnd")
@DelegateContract(reads = {Names.TITLE, Names.PAIR_ID, Names.MEETINGS_HELD, Names.END_REASON})
record RecordEarlyEnd(MentorshipService service, Notifications notifications, Recipients recipients)
        implements TaskListener {

    /** The mid-point check-in's task, closed for a pair that ends while it is open. */
    static final String MID_POINT_TASK = "UserTask_MidPointCheckIn";

    @Override
    public void notify(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        long pairId = PAIR_ID.require(task);
        long meetings = MEETINGS_HELD.get(task, 0L);
        String reason = END_REASON.require(task).trim();
        service.endEarly(key, pairId, meetings, reason, NetworkTime.now()).ifPresent(pair -> {
            List<Recipient> to = new ArrayList<>(recipients.trainingCoordinatorsOf(pair.adeptAgency()));
            to.addAll(recipients.trainingCoordinatorsOf(pair.mentorAgency()));
            StepMail.of(MailKind.MENTORSHIP, task.getExecution())
                    .with("headline", "Ett par i mentorprogrammet har avslutats i förtid")
                    .with("programmeName", TITLE.require(task))
                    .with("text", "Paret har avslutats i förtid efter " + meetings + " möten. Skäl: " + reason
                            + " Paret får inga fler avstämningar; kostnaden för platsen ligger kvar.")
                    .with("pairText", service.pairText(key, pair))
                    .send(notifications, to, "mentorship:" + key + ":ended-early:" + pairId);
            closeOpenCheckIn(task, pairId, meetings);
        });
    }

    private static void closeOpenCheckIn(DelegateTask task, long pairId, long meetings) {
        TaskService tasks = task.getProcessEngineServices().getTaskService();
        for (Task checkIn : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(MID_POINT_TASK).list()) {
            Object id = tasks.getVariable(checkIn.getId(), Names.PAIR_ID);
            if (id instanceof Number number && number.longValue() == pairId) {
                tasks.complete(checkIn.getId(), Map.of(Names.MEETINGS_HELD, meetings));
            }
        }
    }
}
