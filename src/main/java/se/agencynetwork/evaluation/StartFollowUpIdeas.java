package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.evaluation.EvaluationVariables.Names;
import se.agencynetwork.idea.IdeaVariables;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.system.BusinessKeys;

/**
 * Starts one {@code idea} per title the council wrote (one per line), through the runtime API with
 * the values of the idea's start form (so its form rules apply), pre-filled from the evaluation.
 */
@Component("followUpIdeaStarter")
@DelegateContract(reads = {Names.COURSE_KEY, Names.COURSE_TITLE, Names.FOLLOW_UP_IDEA_TITLES, Names.INVITED_COUNT},
        writes = {Names.STARTED_IDEAS})
public class StartFollowUpIdeas implements JavaDelegate {

    private final BusinessKeys businessKeys;

    public StartFollowUpIdeas(BusinessKeys businessKeys) {
        this.businessKeys = businessKeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String courseKey = COURSE_KEY.get(execution);
        String courseTitle = COURSE_TITLE.get(execution);
        int invited = INVITED_COUNT.get(execution, 1);
        String titles = FOLLOW_UP_IDEA_TITLES.get(execution);
        List<String> started = new ArrayList<>();
        for (String line : titles == null ? new String[0] : titles.split("\\R")) {
            String title = line.trim();
            if (title.isEmpty()) {
                continue;
            }
            String ideaKey = businessKeys.next(IdeaVariables.BUSINESS_KEY_PREFIX);
            Map<String, Object> values = new HashMap<>();
            values.put(IdeaVariables.TITLE, title.length() > 120 ? title.substring(0, 120) : title);
            values.put(IdeaVariables.DESCRIPTION, "Uppföljning av utvärderingen av " + courseTitle + " (" + courseKey
                    + "): utbildningsrådet föreslår en fortsättning.");
            values.put(IdeaVariables.KIND, "course");
            values.put(IdeaVariables.TARGET_GROUP, "Deltagare och kollegor till deltagarna i " + courseTitle);
            values.put(IdeaVariables.ORIGIN_TYPE, "working-group");
            values.put(IdeaVariables.WORKING_GROUP, "wg-hr-developers");
            values.put(IdeaVariables.EXPECTED_PARTICIPANTS, (long) Math.max(1,
                    Math.min(2000, invited)));
            values.put(IdeaVariables.ROUGH_COST, 0L);
            values.put("evaluationKey", courseKey);
            execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByKey(IdeaVariables.PROCESS_KEY, ideaKey, values);
            started.add(ideaKey);
        }
        STARTED_IDEAS.set(execution, started);
    }
}
