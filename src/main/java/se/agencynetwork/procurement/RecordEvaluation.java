package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.CONTRACT_PRICE;
import static se.agencynetwork.procurement.ProcurementVariables.NO_AWARD_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.OUTCOME_REASON;
import static se.agencynetwork.procurement.ProcurementVariables.SUPPLIER;
import static se.agencynetwork.procurement.ProcurementVariables.TENDERS;
import static se.agencynetwork.procurement.ProcurementVariables.TENDER_ACCEPTED;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.Money;

/**
 * The award proposal from the evaluation: among the acceptable tenders the one with the highest
 * score wins, equal scores go to the lower price. Its price becomes the contract price and the
 * amount of the allocation the heads approve with the award. No tenders, or none acceptable: the
 * reason for the council.
 */
@Component("recordEvaluation")
@DelegateContract(reads = {TENDERS}, writes = {Names.TENDERS_RECEIVED, TENDER_ACCEPTED, SUPPLIER, Names.CONTRACT_PRICE,
        OUTCOME_REASON, CostSharingVariables.TOTAL_COST})
public class RecordEvaluation implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, Object>> tenders = ProcurementSupport.rows(execution.getVariable(TENDERS)).stream()
                .filter(t -> t.get("supplier") != null && !t.get("supplier").toString().isBlank()).toList();
        execution.setVariable(Names.TENDERS_RECEIVED, tenders.size());
        Optional<Map<String, Object>> winner = tenders.stream()
                .filter(t -> Boolean.TRUE.equals(t.get("acceptable")))
                .max(Comparator.<Map<String, Object>, BigDecimal>comparing(t -> ProcurementSupport.number(t.get("score")))
                        .thenComparing(t -> Money.rounded(t.get("price")), Comparator.reverseOrder()));
        execution.setVariable(TENDER_ACCEPTED, winner.isPresent());
        if (winner.isPresent()) {
            Money price = Money.rounded(winner.get().get("price"));
            execution.setVariable(SUPPLIER, winner.get().get("supplier").toString());
            CONTRACT_PRICE.set(execution, price);
            CostSharingVariables.TOTAL.set(execution, price);
        } else {
            Object given = execution.getVariable(NO_AWARD_REASON);
            String reason = tenders.isEmpty() ? "Inga anbud kom in." : "Inget anbud var antagbart.";
            if (given != null && !given.toString().isBlank()) {
                reason = reason + " " + given;
            }
            execution.setVariable(OUTCOME_REASON, reason);
        }
    }
}
