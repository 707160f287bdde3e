package se.agencynetwork.yh;

import static se.agencynetwork.yh.YhVariables.AGENCY_OPTIONS;
import static se.agencynetwork.yh.YhVariables.CONCERNED_AGENCIES;
import static se.agencynetwork.yh.YhVariables.CO_FUNDING_AGENCIES;
import static se.agencynetwork.yh.YhVariables.PROGRAMME_NAME;
import static se.agencynetwork.yh.YhVariables.TITLE;
import static se.agencynetwork.yh.YhVariables.WORKING_GROUP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.Agency;
import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.WorkingGroup;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.yh.YhVariables.Names;

/**
 * {@code ${prepareYhApplication}}: the working group that describes the need (the configured
 * default, which must be a working group of the directory), the agencies to choose from, and the
 * idea's co-funding agencies proposed as the concerned ones.
 */
@Component("prepareYhApplication")
@DelegateContract(reads = {Names.TITLE},
        writes = {Names.WORKING_GROUP, Names.AGENCY_OPTIONS, Names.CONCERNED_AGENCIES, Names.PROGRAMME_NAME})
record PrepareYhApplication(NetworkDirectory directory, YhProperties properties) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String group = properties.defaultWorkingGroup();
        if (directory.workingGroups().stream().map(WorkingGroup::id).noneMatch(group::equals)) {
            throw new IllegalStateException("network.yh.default-working-group '" + group
                    + "' is not a working group of the directory " + directory.workingGroups().stream()
                    .map(WorkingGroup::id).toList());
        }
        List<Map<String, String>> options = new ArrayList<>();
        for (Agency agency : directory.agencies()) {
            options.add(Map.of("label", agency.name(), "value", agency.code()));
        }
        List<String> proposed = CO_FUNDING_AGENCIES.get(execution, List.of()).stream()
                .filter(code -> directory.agency(code).isPresent()).toList();
        WORKING_GROUP.set(execution, group);
        AGENCY_OPTIONS.set(execution, ProcessJson.options(options));
        CONCERNED_AGENCIES.set(execution, proposed);
        PROGRAMME_NAME.set(execution, TITLE.get(execution));
    }
}
