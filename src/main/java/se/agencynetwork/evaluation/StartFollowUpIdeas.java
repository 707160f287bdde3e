package se.agencynetwork.evaluation;

import static se.agencynetwork.evaluation.EvaluationVariables.COURSE_KEY;
import static se.agencynetwork.evaluation.EvaluationVariables.COURSE_TITLE;
import static se.agencynetwork.evaluation.EvaluationVariables.FOLLOW_UP_IDEA_TITLES;
import static se.agencynetwork.evaluation.EvaluationVariables.INVITED_COUNT;
import static se.agencynetwork.evaluation.EvaluationVariables.STARTED_IDEAS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import se.agencynetwork.evaluation.EvaluationVariables.Names;
import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.process.IdeaProposals;
import se.agencynetwork.process.IdeaProposals.Proposal;

/**
 * Starts one {@code idea} per title the council wrote (one per line), with the values of the idea's
 * start form ({@link IdeaProposals}, so its form rules apply), pre-filled from the evaluation.
 */
@Component("followUpIdeaStarter")
@DelegateContract(reads = {Names.COURSE_KEY, Names.COURSE_TITLE, Names.FOLLOW_UP_IDEA_TITLES, Names.INVITED_COUNT},
        writes = {Names.STARTED_IDEAS})
public class StartFollowUpIdeas implements JavaDelegate {

    /** The working group that shapes a follow-up course. */
    static final String WORKING_GROUP = "wg-hr-developers";

    private final IdeaProposals ideas;

    public StartFollowUpIdeas(IdeaProposals ideas) {
        this.ideas = ideas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String courseKey = COURSE_KEY.require(execution);
        String courseTitle = COURSE_TITLE.get(execution);
        long participants = Math.max(1, INVITED_COUNT.get(execution, 1));
        String titles = FOLLOW_UP_IDEA_TITLES.get(execution);
        List<String> started = new ArrayList<>();
        for (String line : titles == null ? new String[0] : titles.split("\\R")) {
            String title = line.trim();
            if (title.isEmpty()) {
                continue;
            }
            started.add(ideas.propose(new Proposal(title,
                    "Uppföljning av utvärderingen av " + courseTitle + " (" + courseKey
                            + "): utbildningsrådet föreslår en fortsättning.",
                    "course", "Deltagare och kollegor till deltagarna i " + courseTitle, "working-group", WORKING_GROUP,
                    null, participants, null, Map.of("evaluationKey", courseKey))));
        }
        STARTED_IDEAS.set(execution, started);
    }
}
