package se.agencynetwork.mentorship;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the authenticated user, else the task's assignee, else the engine. */
final class Actors {

    static final String ENGINE = "engine";

    private Actors() {
    }

    static String of(DelegateTask task) {
        String user = signedIn(task.getProcessEngineServices());
        return user != null ? user : task.getAssignee() != null ? task.getAssignee() : ENGINE;
    }

    static String of(ProcessEngineServices services) {
        String user = signedIn(services);
        return user != null ? user : ENGINE;
    }

    private static String signedIn(ProcessEngineServices services) {
        Authentication authentication = services.getIdentityService().getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : null;
    }
}
