package se.agencynetwork.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Lets the engine check a logged-in user's groups without first reading every group that holds a grant.
 *
 * <p>Before each command's first authorization check, Camunda's {@link AuthorizationManager} runs
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} and keeps only the user's groups that occur there.
 * The engine writes one grant per open task for each candidate group, so that statement reads every grant row:
 * about 100 000 at 100 000 open tasks, 20-25 ms of every Tasklist request and once in every command a person
 * runs (docs/BENCHMARKS.md). The filter changes no answer: a group that holds no grant matches no row of any
 * check either. It only keeps the list short for users in hundreds of groups of an external directory; a person of
 * this network's directory is in a handful. So here the user's own groups (without duplicates or {@code null}) go
 * into the checks as they are.
 *
 * <p>Registered through the engine's {@code customSessionFactories}, which replace the default manager of the same
 * session type for every command. This is the engine's {@code impl} API, as for the mail jobs.
 */
@Component
class AuthorizationGroupsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        for (SessionFactory factory : factories) {
            if (factory.getSessionType() == AuthorizationManager.class) {
                throw new IllegalStateException("another authorization manager is configured already ("
                        + factory.getClass().getName() + ")");
            }
        }
        factories.add(new AuthenticatedGroupsManagerFactory());
        configuration.setCustomSessionFactories(factories);
    }

    static final class AuthenticatedGroupsManagerFactory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new AuthenticatedGroupsAuthorizationManager();
        }
    }

    /** Camunda's manager, but checks the user's groups as authenticated instead of filtering them by a table scan. */
    static final class AuthenticatedGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            // an ArrayList, as the engine's: MyBatis reads the list's size by reflection, which JDK immutable lists refuse
            return authenticatedGroupIds == null ? new ArrayList<>() : authenticatedGroupIds.stream()
                    .filter(Objects::nonNull).distinct().collect(Collectors.toCollection(ArrayList::new));
        }
    }
}
