package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.APPROVAL_DUE_AT;
import static se.agencynetwork.procurement.ProcurementVariables.APPROVAL_STATE;
import static se.agencynetwork.procurement.ProcurementVariables.MIN_CO_FUNDERS;
import static se.agencynetwork.procurement.ProcurementVariables.OUTCOME_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.PENDING_AGENCIES;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.NetworkTime;
import se.agencynetwork.costsharing.ApprovalStatus;
import se.agencynetwork.costsharing.BookedAllocation;
import se.agencynetwork.costsharing.CostLedger;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.process.ProcessVariable;

/**
 * After a booking and after each round of the heads' approvals: reads the current preliminary
 * allocation from the ledger. A decline has taken its agency out and booked a new version whose
 * lines are all pending again, so the heads whose lines are pending are asked (again). Fewer
 * co-funders than {@code network.idea.min-agencies} left: TOO_FEW, with the reason.
 * Writes {@code approvalState} (APPROVED, PENDING, TOO_FEW), {@code pendingAgencies} (the
 * multi-instance collection), {@code approvalDueAt}, and the remaining agencies'
 * {@code participantsByAgency} and {@code coFundingAgencies} for later bookings.
 */
@Component("checkApprovals")
@DelegateContract(reads = {Names.MIN_CO_FUNDERS}, writes = {APPROVAL_STATE, PENDING_AGENCIES, APPROVAL_DUE_AT, OUTCOME_REASON, CostSharingVariables.COST_SHARE_RECOMPUTED,
        CostSharingVariables.PARTICIPANTS_BY_AGENCY, CostSharingVariables.CO_FUNDING_AGENCIES})
public class CheckApprovals implements JavaDelegate {

    public static final String APPROVED = "APPROVED";
    public static final String PENDING = "PENDING";
    public static final String TOO_FEW = "TOO_FEW";

    private final CostLedger ledger;
    private final ProcurementProperties properties;

    public CheckApprovals(CostLedger ledger, ProcurementProperties properties) {
        this.ledger = ledger;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int minimum = Math.toIntExact(MIN_CO_FUNDERS.require(execution));
        Optional<BookedAllocation> current = ProcurementSupport.currentAllocation(ledger, execution.getProcessBusinessKey());
        List<BookedAllocation.Line> lines = current.map(BookedAllocation::lines).orElse(List.of());
        ArrayList<String> remaining = new ArrayList<>();
        ArrayList<String> pending = new ArrayList<>();
        HashMap<String, Integer> participants = new HashMap<>();
        for (BookedAllocation.Line line : lines) {
            if (line.approvalStatus() == ApprovalStatus.DECLINED) {
                continue;
            }
            remaining.add(line.agency());
            participants.put(line.agency(), line.participants());
            if (line.approvalStatus() == ApprovalStatus.PENDING) {
                pending.add(line.agency());
            }
        }
        remaining.sort(null);
        pending.sort(null);
        // checked again after every head's answer: what did not change is not written again
        ProcessVariable.setChanged(execution, CostSharingVariables.CO_FUNDING_AGENCIES, ProcessJson.list(remaining));
        ProcessVariable.setChanged(execution, CostSharingVariables.PARTICIPANTS_BY_AGENCY, ProcessJson.map(new TreeMap<>(participants)));
        ProcessVariable.setChanged(execution, PENDING_AGENCIES, ProcessJson.list(pending));
        ProcessVariable.setChanged(execution, CostSharingVariables.COST_SHARE_RECOMPUTED, false);
        execution.setVariable(APPROVAL_DUE_AT,
                Date.from(NetworkTime.now().plus(properties.approvalPeriod())));
        if (remaining.size() < minimum) {
            execution.setVariable(APPROVAL_STATE, TOO_FEW);
            execution.setVariable(OUTCOME_REASON, "Endast " + remaining.size() + " medfinansierande myndigheter kvar (minst "
                    + minimum + " krävs): " + String.join(", ", remaining));
        } else {
            execution.setVariable(APPROVAL_STATE, pending.isEmpty() ? APPROVED : PENDING);
        }
    }
}
