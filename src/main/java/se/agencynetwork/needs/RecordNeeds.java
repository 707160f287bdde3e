package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.AGENCY;
import static se.agencynetwork.needs.NeedsVariables.HAS_NEEDS;
import static se.agencynetwork.needs.NeedsVariables.NEEDS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import se.agencynetwork.needs.NeedsRepository.Need;
import se.agencynetwork.needs.NeedsVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.NetworkTime;

/**
 * Stores an agency's reported needs (task listener on {@code complete}); the list is local to the
 * agency's task, so parallel reports never overwrite each other.
 */
@Component("recordNeeds")
@DelegateContract(reads = {Names.AGENCY, Names.HAS_NEEDS, Names.NEEDS})
public record RecordNeeds(NeedsRepository repository) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String agency = AGENCY.get(task);
        List<Need> needs = new ArrayList<>();
        JsonNode list = NEEDS.get(task);
        if ("yes".equals(HAS_NEEDS.get(task)) && list != null && list.isArray()) {
            String reportedBy = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                    ? task.getAssignee()
                    : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
            int number = 1;
            for (JsonNode item : list) {
                needs.add(new Need(agency, number++, item.path("title").asText(),
                        item.path("description").isTextual() ? item.path("description").asText() : null,
                        item.path("kind").asText(), item.path("targetGroup").asText(),
                        item.path("participants").asInt(), reportedBy));
            }
        }
        repository.replace(task.getExecution().getProcessBusinessKey(), agency, needs, NetworkTime.nowAsDate());
    }
}
