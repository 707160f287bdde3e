package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.ANSWERS_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.QUESTIONS_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_DEADLINE_AT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.DelegateContract;

/**
 * The tender deadline (a date; tenders are accepted until 23:59 Stockholm time that day) becomes the
 * timer's {@code tenderDeadlineAt}. The schedule: the procuring agency answers questions until
 * {@code answers-days-before-deadline} (6) days before the deadline, so the suppliers' last day for
 * questions lies {@code questions-days-before-answers} (2) days before that. That the deadline respects
 * the minimum tender period (and so the questions deadline lies after today) is a form rule.
 */
@Component("scheduleTenderPeriod")
@DelegateContract(reads = {TENDER_DEADLINE}, writes = {TENDER_DEADLINE_AT, ANSWERS_DEADLINE, QUESTIONS_DEADLINE})
public record ScheduleTenderPeriod(ProcurementProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = NetworkTime.date(execution.getVariable(TENDER_DEADLINE));
        execution.setVariable(TENDER_DEADLINE_AT,
                Date.from(deadline.atTime(LocalTime.of(23, 59)).atZone(NetworkTime.ZONE).toInstant()));
        LocalDate answers = answersDeadline(deadline, properties);
        execution.setVariable(ANSWERS_DEADLINE, answers.toString());
        execution.setVariable(QUESTIONS_DEADLINE, questionsDeadline(deadline, properties).toString());
    }

    static LocalDate answersDeadline(LocalDate tenderDeadline, ProcurementProperties properties) {
        return tenderDeadline.minusDays(properties.answersDaysBeforeDeadline());
    }

    static LocalDate questionsDeadline(LocalDate tenderDeadline, ProcurementProperties properties) {
        return answersDeadline(tenderDeadline, properties).minusDays(properties.questionsDaysBeforeAnswers());
    }
}
