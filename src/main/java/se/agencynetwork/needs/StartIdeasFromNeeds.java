package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.CHOSEN_NEEDS;
import static se.agencynetwork.needs.NeedsVariables.STARTED_IDEAS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.forms.FormValidator;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.needs.NeedsRepository.Need;
import se.agencynetwork.system.BusinessKeys;
import se.agencynetwork.process.ProcessJson;

/**
 * Starts one {@code idea} per need the council chose (needs of several agencies with the same
 * title become one idea), through the runtime API with the values of its start form, so the same
 * form rules apply; the agencies that reported the need are pre-filled ({@code proposedAgencies}).
 * The ideas are started by the council member who completes the task (their initiator).
 */
@Component("startIdeasFromNeeds")
@DelegateContract(reads = {CHOSEN_NEEDS}, writes = {STARTED_IDEAS})
public class StartIdeasFromNeeds implements JavaDelegate {

    private final NeedsRepository repository;
    private final BusinessKeys businessKeys;

    public StartIdeasFromNeeds(NeedsRepository repository, BusinessKeys businessKeys) {
        this.repository = repository;
        this.businessKeys = businessKeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String inventoryKey = execution.getProcessBusinessKey();
        Map<String, Need> byId = repository.needs(inventoryKey).stream()
                .collect(Collectors.toMap(Need::id, Function.identity()));
        Set<String> chosen = new LinkedHashSet<>();
        JsonNode list = ProcessJson.toJson(execution.getVariable(CHOSEN_NEEDS));
        if (list != null && list.isArray()) {
            list.forEach(id -> chosen.add(id.asText()));
        }
        Map<String, List<Need>> byTitle = new LinkedHashMap<>();
        for (String id : chosen) {
            Need need = byId.get(id);
            if (need != null) {
                byTitle.computeIfAbsent(need.title().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(need);
            }
        }
        List<String> started = new ArrayList<>();
        for (List<Need> needs : byTitle.values()) {
            Need first = needs.get(0);
            String ideaKey = businessKeys.next(IdeaVariables.BUSINESS_KEY_PREFIX);
            Map<String, Object> values = new HashMap<>();
            values.put(IdeaVariables.TITLE, first.title().length() > 120 ? first.title().substring(0, 120) : first.title());
            String description = "Behov från behovsinventeringen " + inventoryKey + ". "
                    + needs.stream().map(n -> n.agencyCode() + ": " + (n.description() == null ? n.title() : n.description()))
                            .collect(Collectors.joining(" "));
            values.put(IdeaVariables.DESCRIPTION, description.length() > 4000 ? description.substring(0, 4000) : description);
            values.put(IdeaVariables.KIND, first.kind());
            values.put(IdeaVariables.TARGET_GROUP, first.targetGroup());
            values.put(IdeaVariables.ORIGIN_TYPE, "agency");
            values.put(IdeaVariables.ORIGINATING_AGENCY, first.agencyCode());
            values.put(IdeaVariables.EXPECTED_PARTICIPANTS,
                    (long) Math.min(2000, needs.stream().mapToInt(Need::participants).sum()));
            values.put(IdeaVariables.ROUGH_COST, 0L);
            values.put(IdeaVariables.PROPOSED_AGENCIES,
                    ProcessJson.list(needs.stream().map(Need::agencyCode).distinct().toList()));
            values.put("needsInventoryKey", inventoryKey);
            execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByKey(IdeaVariables.PROCESS_KEY, ideaKey, values);
            started.add(ideaKey);
        }
        execution.setVariable(STARTED_IDEAS, ProcessJson.list(started));
    }
}
