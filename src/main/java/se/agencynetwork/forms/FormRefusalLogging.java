package se.agencynetwork.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A refused form is a user's mistake, not a failure of the engine: it is logged as one WARN line
 * naming the form, the step and the fields, without a stack trace. Everything else the engine
 * logs as before (a failing delegate stays ERROR with its stack trace, ENGINE-16004).
 *
 * <p>The engine logs every exception that ends a command in {@code CommandContext#close} under
 * {@code org.camunda.bpm.engine.context}: at ERROR with the stack trace, except for the kinds its
 * {@code shouldLogInfo}/{@code shouldLogFine} name (a task already claimed, optimistic locking,
 * a bad user request, a missing authorization). There is no setting per exception type, so the
 * engine's command contexts are made by a {@link CommandContextFactory} whose contexts log a form
 * refusal (found in the cause chain: the engine wraps what a listener throws) at DEBUG like a bad
 * user request. This is the one place that touches those engine internals. An outermost command
 * interceptor writes the WARN line once per refused command (not again for a nested command).
 */
@Component
public class FormRefusalLogging extends AbstractProcessEnginePlugin {

    static final Logger LOG = LoggerFactory.getLogger(FormRefusalLogging.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new RefusalAwareCommandContext(processEngineConfiguration);
            }
        };
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);

        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new ArrayList<>();
            configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(new WarnOnRefusal());
    }

    /** The refusal in the exception's cause chain, or null. */
    static FormRefusedException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FormRefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    static final class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return refusal(exception) != null || super.shouldLogFine(exception);
        }
    }

    static final class WarnOnRefusal extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                FormRefusedException refused = refusal(e);
                // a nested command runs inside the outer command's context: the outer one logs
                if (refused != null && Context.getCommandContext() == null) {
                    LOG.warn("Form {} refused ({}): field(s) {}: {}", refused.formId(), command.getClass().getSimpleName(),
                            refused.violations().stream().map(FormViolation::key).distinct()
                                    .collect(Collectors.joining(", ")),
                            // one line: what a user typed may be quoted in a message
                            refused.violations().stream().map(FormViolation::message)
                                    .collect(Collectors.joining(" ")).replaceAll("[\\r\\n\\t]+", " "));
                }
                throw e;
            }
        }
    }
}
