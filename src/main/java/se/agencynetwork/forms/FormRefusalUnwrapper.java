package se.agencynetwork.forms;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a plain {@code ProcessEngineException},
 * which the engine REST API turns into a 500. This outermost command interceptor hands the
 * {@link FormRefusedException} inside it to the caller instead, after the command (and its
 * transaction) has already been rolled back, so the REST API answers 400 with the message.
 */
public class FormRefusalUnwrapper extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (FormRefusedException refused) {
            throw refused;
        } catch (RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof FormRefusedException refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }
}
