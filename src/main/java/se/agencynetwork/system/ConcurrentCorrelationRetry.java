package se.agencynetwork.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A message correlated twice at the same moment (a client that sends again, two nodes receiving
 * the same notice): the engine loads the waiting execution while the first correlation is moving
 * it on, and the second one can then fail on the half-changed tree - a plain
 * {@link NullPointerException} (seen in {@code PvmAtomicOperationDeleteCascade}) or "execution ...
 * does not have a subscription to a message event" - instead of an optimistic-locking conflict:
 * a 500 for the caller. Such a correlation has been rolled back
 * entirely, so this interceptor runs it once more in a new transaction, which sees the settled
 * state: it then finds nothing waiting and answers as for any message that matches nothing (the
 * REST API's 400), or correlates if the first one had failed.
 *
 * <p>Only message correlations are retried, not for the answers that already say what happened
 * (a conflict, no match, no permission, a bad request), and only when no outer transaction is active
 * (inside one, the rolled-back work could not be repeated on its own).
 */
@Component
class ConcurrentCorrelationRetry extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentCorrelationRetry.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new ArrayList<>();
            configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(new RetryInterceptor());
    }

    static final class RetryInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            boolean retriable = (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd)
                    && !TransactionSynchronizationManager.isActualTransactionActive();
            try {
                return next.execute(command);
            } catch (OptimisticLockingException | MismatchingMessageCorrelationException | AuthorizationException
                    | BadUserRequestException clearAnswer) {
                throw clearAnswer;
            } catch (RuntimeException e) {
                if (!retriable) {
                    throw e;
                }
                LOG.warn("Message correlation failed on a state another correlation was changing ({}); running it"
                        + " once more", e.toString());
                return next.execute(command);
            }
        }
    }
}
