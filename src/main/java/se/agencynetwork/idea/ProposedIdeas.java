package se.agencynetwork.idea;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import se.agencynetwork.process.IdeaProposals;
import se.agencynetwork.process.ProcessJson;
import se.agencynetwork.system.BusinessKeys;

/**
 * Starts the ideas other processes propose, through the runtime API with the values of the idea's
 * start form (so its form rules apply), cut to what the form's fields hold. The rough cost is left
 * to the coordinator who shapes the idea (0).
 */
@Component
public class ProposedIdeas implements IdeaProposals {

    /** What the start form's fields hold. */
    static final int TITLE_LENGTH = 120;
    static final int DESCRIPTION_LENGTH = 4000;
    static final long MAX_PARTICIPANTS = 2000;

    private final RuntimeService runtime;
    private final BusinessKeys businessKeys;

    public ProposedIdeas(RuntimeService runtime, BusinessKeys businessKeys) {
        this.runtime = runtime;
        this.businessKeys = businessKeys;
    }

    @Override
    public String propose(Proposal proposal) {
        String key = businessKeys.next(IdeaVariables.BUSINESS_KEY_PREFIX);
        Map<String, Object> values = new HashMap<>();
        values.put(IdeaVariables.TITLE, cut(proposal.title(), TITLE_LENGTH));
        values.put(IdeaVariables.DESCRIPTION, cut(proposal.description(), DESCRIPTION_LENGTH));
        values.put(IdeaVariables.KIND, proposal.kind());
        values.put(IdeaVariables.TARGET_GROUP, proposal.targetGroup());
        values.put(IdeaVariables.ORIGIN_TYPE, proposal.originType());
        putIfPresent(values, IdeaVariables.WORKING_GROUP, proposal.workingGroup());
        putIfPresent(values, IdeaVariables.ORIGINATING_AGENCY.name(), proposal.originatingAgency());
        values.put(IdeaVariables.EXPECTED_PARTICIPANTS, Math.min(MAX_PARTICIPANTS, proposal.expectedParticipants()));
        values.put(IdeaVariables.ROUGH_COST, 0L);
        if (proposal.proposedAgencies() != null) {
            values.put(IdeaVariables.PROPOSED_AGENCIES, ProcessJson.list(proposal.proposedAgencies()));
        }
        if (proposal.source() != null) {
            values.putAll(proposal.source());
        }
        runtime.startProcessInstanceByKey(IdeaVariables.PROCESS_KEY, key, values);
        return key;
    }

    private static void putIfPresent(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
