package se.agencynetwork.procurement;

import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_OPTIONS;
import static se.agencynetwork.procurement.ProcurementVariables.AGENCY_PARTICIPANTS;
import static se.agencynetwork.procurement.ProcurementVariables.CO_FUNDING_AGENCIES;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_COST;
import static se.agencynetwork.procurement.ProcurementVariables.ESTIMATED_VALUE_KRONOR;
import static se.agencynetwork.procurement.ProcurementVariables.TITLE;

import se.agencynetwork.procurement.ProcurementVariables.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.costsharing.CostKey;
import se.agencynetwork.costsharing.CostSharingVariables;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.IdeaInterest;
import se.agencynetwork.process.Money;
import se.agencynetwork.process.ProcessJson;

/**
 * Pre-fills the requirement form from the idea: subject = title, estimated value = the idea's
 * estimated cost, and the co-funding agencies with the participants they stated in the interest
 * round (the idea's answers, same business key), and the procuring agency = the agency the idea came
 * from when it is in the directory; the administrator may change all of it.
 */
@Component("prepareProcurement")
@DelegateContract(reads = {TITLE, Names.ESTIMATED_COST, CO_FUNDING_AGENCIES},
        writes = {CostSharingVariables.COST_KEY, Names.SUBJECT, Names.ESTIMATED_VALUE, AGENCY_PARTICIPANTS, AGENCY_OPTIONS, Names.MIN_CO_FUNDERS,
                Names.PROCURING_AGENCY, ProcurementVariables.FRAMEWORK_AGREEMENT})
public class PrepareProcurement implements JavaDelegate {

    /** Passed in by idea's call activity (optional: another caller may leave the choice to the administrator). */
    static final String ORIGINATING_AGENCY = "originatingAgency";

    private final IdeaInterest ideaInterest;
    private final NetworkDirectory directory;

    public PrepareProcurement(IdeaInterest ideaInterest, NetworkDirectory directory) {
        this.ideaInterest = ideaInterest;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Integer> stated = ideaInterest.participantsByAgency(execution.getProcessBusinessKey());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : ProcessJson.strings(execution.getVariable(CO_FUNDING_AGENCIES))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agency", code);
            row.put("participants", stated.getOrDefault(code, 0));
            rows.add(row);
        }
        List<Map<String, Object>> options = directory.agencies().stream()
                .map(a -> Map.<String, Object>of("label", a.name(), "value", a.code()))
                .collect(Collectors.toList());
        execution.setVariable(CostSharingVariables.COST_KEY, costKey(execution.getVariable(CostSharingVariables.COST_KEY)));
        execution.setVariable(Names.SUBJECT, execution.getVariable(TITLE));
        Money estimate = ESTIMATED_COST.get(execution);
        if (estimate != null) {
            ESTIMATED_VALUE_KRONOR.set(execution, estimate.wholeKronorRoundedUp());
        }
        execution.setVariable(ProcurementVariables.FRAMEWORK_AGREEMENT, ProcurementVariables.FRAMEWORK_NONE);
        Object origin = execution.getVariable(ORIGINATING_AGENCY);
        if (origin != null && directory.agency(origin.toString()).isPresent()) {
            execution.setVariable(Names.PROCURING_AGENCY, origin.toString());
        }
        execution.setVariable(AGENCY_PARTICIPANTS, ProcessJson.json(rows));
        execution.setVariable(AGENCY_OPTIONS, ProcessJson.options(options));
        execution.setVariable(Names.MIN_CO_FUNDERS, ideaInterest.minAgencies());
    }

    /**
     * The idea's shaping form names the key "equal", "headcount" or "participants"; the ledger wants a
     * {@link CostKey} name. A CostKey name is kept; nothing means per participant.
     */
    static String costKey(Object ideaKey) {
        return CostKey.fromIdea(ideaKey).name();
    }
}
