package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AWARD_SENT_ON;
import static se.agencynetwork.procurement.ProcurementVariables.SENT_ELECTRONICALLY;
import static se.agencynetwork.procurement.ProcurementVariables.STANDSTILL_ENDS_AT;
import static se.agencynetwork.procurement.ProcurementVariables.STANDSTILL_LAST_DAY;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.process.DelegateContract;

/**
 * The standstill after the award decision was sent: its last day ({@link StandstillCalculator}) and
 * the moment it is over (the start of the next day, Stockholm time) for the timer.
 */
@Component("computeStandstill")
@DelegateContract(reads = {Names.AWARD_SENT_ON, Names.SENT_ELECTRONICALLY}, writes = {Names.STANDSTILL_LAST_DAY, STANDSTILL_ENDS_AT})
public class ComputeStandstill implements JavaDelegate {

    private final StandstillCalculator calculator;

    public ComputeStandstill(ProcurementProperties properties) {
        this.calculator = new StandstillCalculator(properties.standstillElectronicDays(), properties.standstillOtherDays());
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate sent = AWARD_SENT_ON.require(execution);
        boolean electronic = SENT_ELECTRONICALLY.get(execution, false);
        LocalDate last = calculator.lastDay(sent, electronic);
        STANDSTILL_LAST_DAY.set(execution, last);
        execution.setVariable(STANDSTILL_ENDS_AT,
                Date.from(last.plusDays(1).atStartOfDay(NetworkTime.ZONE).toInstant()));
    }
}
