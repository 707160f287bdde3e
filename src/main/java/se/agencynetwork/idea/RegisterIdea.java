package se.agencynetwork.idea;

import static se.agencynetwork.idea.IdeaVariables.AGENCY_OPTIONS;
import static se.agencynetwork.idea.IdeaVariables.BUSINESS_KEY_PREFIX;
import static se.agencynetwork.idea.IdeaVariables.INITIATOR;
import static se.agencynetwork.idea.IdeaVariables.ORIGINATING_AGENCY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.directory.NetworkDirectory;
import se.agencynetwork.directory.Person;
import se.agencynetwork.idea.IdeaVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.system.BusinessKeys;

/**
 * Gives a new idea its business key ({@code IDEA-2026-0042}) unless it already has one, takes the
 * originating agency from the directory entry of the person who submitted it, and puts the
 * directory's agencies in a variable for the later forms' selects.
 */
@Component("registerIdea")
@DelegateContract(reads = {Names.INITIATOR}, writes = {Names.ORIGINATING_AGENCY, Names.AGENCY_OPTIONS})
public record RegisterIdea(BusinessKeys businessKeys, NetworkDirectory directory) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null || !key.startsWith(BUSINESS_KEY_PREFIX + "-")) {
            execution.setProcessBusinessKey(businessKeys.next(BUSINESS_KEY_PREFIX));
        }
        String initiator = INITIATOR.get(execution);
        if (ORIGINATING_AGENCY.get(execution) == null) {
            String agency = initiator == null ? null : directory.person(initiator).map(Person::agency).orElse(null);
            ORIGINATING_AGENCY.set(execution, agency);
        }
        AGENCY_OPTIONS.set(execution, ProcessJson.options(directory.agencyOptions()));
    }
}
