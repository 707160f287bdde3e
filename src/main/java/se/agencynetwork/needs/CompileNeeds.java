package se.agencynetwork.needs;

import static se.agencynetwork.needs.NeedsVariables.NEEDS_COUNT;
import static se.agencynetwork.needs.NeedsVariables.NEEDS_SUMMARY;
import static se.agencynetwork.needs.NeedsVariables.NEED_OPTIONS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.needs.NeedsRepository.Need;
import se.agencynetwork.needs.NeedsVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.process.SwedishOrder;

/** Puts the reported needs in front of the council: a table and the options of the "becomes an idea" checklist. */
@Component("compileNeeds")
@DelegateContract(writes = {Names.NEED_OPTIONS, Names.NEEDS_SUMMARY, Names.NEEDS_COUNT})
public record CompileNeeds(NeedsRepository repository, NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<Map<String, Object>> options = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        List<Need> needs = repository.needs(execution.getProcessBusinessKey());
        for (Need need : needs) {
            String agency = directory.agencyName(need.agencyCode());
            options.add(Map.of("label", agency + ": " + need.title() + " (" + need.participants() + " deltagare)",
                    "value", need.id()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agency", agency);
            row.put("title", need.title());
            row.put("targetGroup", need.targetGroup());
            row.put("participants", need.participants());
            table.add(row);
        }
        NEED_OPTIONS.set(execution, ProcessJson.options(options));
        table.sort(SwedishOrder.by(row -> row.get("agency").toString()));
        NEEDS_SUMMARY.set(execution, ProcessJson.json(table));
        NEEDS_COUNT.set(execution, needs.size());
    }
}
