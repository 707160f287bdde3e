package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.QUESTIONS_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_DEADLINE;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_DEADLINE_AT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.forms.DelegateContract;

/**
 * The tender deadline (a date; tenders are accepted until 23:59 Stockholm time that day) becomes the
 * timer's {@code tenderDeadlineAt}; the last day for questions is {@code questions-days-before-deadline}
 * (6) days before it. That the deadline respects the minimum tender period is a form rule.
 */
@Component("scheduleTenderPeriod")
@DelegateContract(reads = {TENDER_DEADLINE}, writes = {TENDER_DEADLINE_AT, QUESTIONS_DEADLINE})
public class ScheduleTenderPeriod implements JavaDelegate {

    private final ProcurementProperties properties;

    public ScheduleTenderPeriod(ProcurementProperties properties) {
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = ProcurementSupport.date(execution.getVariable(TENDER_DEADLINE));
        execution.setVariable(TENDER_DEADLINE_AT,
                Date.from(deadline.atTime(LocalTime.of(23, 59)).atZone(ProcurementSupport.ZONE).toInstant()));
        execution.setVariable(QUESTIONS_DEADLINE, deadline.minusDays(properties.questionsDaysBeforeDeadline()).toString());
    }
}
