package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.CHOSEN_NEEDS;
import static se.agencynetwork.needs.NeedsVariables.STARTED_IDEAS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.needs.NeedsRepository.Need;
import se.agencynetwork.needs.NeedsVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.IdeaProposals;
import se.agencynetwork.process.IdeaProposals.Proposal;

/**
 * Starts one {@code idea} per need the council chose (needs of several agencies with the same
 * title become one idea), with the values of its start form ({@link IdeaProposals}), so the same
 * form rules apply; the agencies that reported the need are pre-filled ({@code proposedAgencies}).
 * The ideas are started by the council member who completes the task (their initiator).
 */
@Component("startIdeasFromNeeds")
@DelegateContract(reads = {Names.CHOSEN_NEEDS}, writes = {Names.STARTED_IDEAS})
public class StartIdeasFromNeeds implements JavaDelegate {

    /** The variable of the new idea that names the inventory it came from. */
    static final String INVENTORY_KEY = "needsInventoryKey";

    private final NeedsRepository repository;
    private final IdeaProposals ideas;

    public StartIdeasFromNeeds(NeedsRepository repository, IdeaProposals ideas) {
        this.repository = repository;
        this.ideas = ideas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String inventoryKey = execution.getProcessBusinessKey();
        Map<String, Need> byId = repository.needs(inventoryKey).stream()
                .collect(Collectors.toMap(Need::id, Function.identity()));
        Map<String, List<Need>> byTitle = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(CHOSEN_NEEDS.get(execution, List.of()))) {
            Need need = byId.get(id);
            if (need != null) {
                byTitle.computeIfAbsent(need.title().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(need);
            }
        }
        List<String> started = new ArrayList<>();
        for (List<Need> needs : byTitle.values()) {
            Need first = needs.get(0);
            String description = "Behov från behovsinventeringen " + inventoryKey + ". "
                    + needs.stream().map(n -> n.agencyCode() + ": " + (n.description() == null ? n.title() : n.description()))
                            .collect(Collectors.joining(" "));
            started.add(ideas.propose(new Proposal(first.title(), description, first.kind(), first.targetGroup(),
                    "agency", null, first.agencyCode(), needs.stream().mapToInt(Need::participants).sum(),
                    needs.stream().map(Need::agencyCode).distinct().toList(), Map.of(INVENTORY_KEY, inventoryKey))));
        }
        STARTED_IDEAS.set(execution, started);
    }
}
