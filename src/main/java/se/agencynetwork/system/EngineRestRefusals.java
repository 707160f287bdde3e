package se.agencynetwork.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.agencynetwork.forms.FormRefusedException;

/**
 * Two users acting on the same thing at the same moment are a normal event, not a server error.
 * The engine REST API answers 500 for every {@link ProcessEngineException} it does not know (and
 * wraps what task completion throws into a 500 {@link RestException}), so the loser of a race -
 * two claims of one task, two completions, a message correlated twice - would see "internal
 * server error". These mappers answer instead, with Camunda's error shape
 * ({@code type, message, code}) and one Swedish sentence without engine ids (the engine's own
 * message goes to the log):
 * <ul>
 * <li>409 when the engine's optimistic locking refused a concurrent change
 * ({@link OptimisticLockingException}) or the task is already claimed by someone else
 * ({@link TaskAlreadyClaimedException});</li>
 * <li>404 when the task (or other object) no longer exists, e.g. it was completed a moment
 * earlier ({@link NullValueException} "Cannot find ...");</li>
 * <li>400 with the form's refusal alone when a form refuses a start or a task: Camunda answers 500
 * for {@code POST /process-definition/.../start}, and 400 prefixed with "Cannot instantiate process
 * definition &lt;id&gt;:" / "Cannot submit task form &lt;id&gt;:" for {@code submit-form};</li>
 * <li>400 for a variable sent as a Java-serialized object, which the engine prohibits
 * (ENGINE-17007) but reports as a plain {@link ProcessEngineException}.</li>
 * </ul>
 * Everything else keeps Camunda's own mapping. The mappers have a higher priority than Camunda's
 * handlers of the same exception types and only claim the exceptions above
 * ({@link ExtendedExceptionMapper#isMappable}). They serve both mounts of the engine REST API:
 * {@code /engine-rest} (Spring Boot's Jersey) and {@code /camunda/api/engine}, which Tasklist and
 * Cockpit use ({@link WebappEngineApi}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestRefusals.class);

    /** What the caller is told (one Swedish sentence, no engine ids), and the engine's exception behind it. */
    record Refusal(Response.Status status, String type, String message, Throwable cause) {

        Response response() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type);
            body.put("message", message);
            body.put("code", null);
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }

    @Bean
    ResourceConfigCustomizer engineRestRefusalMappers() {
        return config -> config.register(EngineExceptionMapper.class).register(WrappedEngineExceptionMapper.class);
    }

    /** The engine's log code for a variable sent as a Java-serialized object. */
    static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
    /** ENGINE-17007 "Cannot set variable with name {0}. Java serialization format is prohibited". */
    private static final Pattern PROHIBITED_VARIABLE = Pattern.compile("variable with name (\\S+?)\\.? Java");

    /** What the cause chain of the exception means for the caller, if it is one of the cases above. */
    static Optional<Refusal> refusalFor(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof OptimisticLockingException) {
                return Optional.of(new Refusal(Response.Status.CONFLICT, "ConcurrentChange",
                        "Någon annan ändrade samma uppgift eller ärende i samma ögonblick, så din ändring sparades"
                                + " inte; ladda om sidan och se efter om något återstår att göra.", e));
            }
            if (e instanceof TaskAlreadyClaimedException claimed) {
                return Optional.of(new Refusal(Response.Status.CONFLICT, "TaskAlreadyClaimed",
                        "Uppgiften har redan tagits av " + claimed.getTaskAssignee() + ".", e));
            }
            if (FormRefusedException.isFormRefusal(e)) {
                return Optional.of(new Refusal(Response.Status.BAD_REQUEST, "FormFieldValidationException",
                        e.getMessage(), e));
            }
            if (e instanceof ProcessEngineException && e.getMessage() != null
                    && e.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
                Matcher name = PROHIBITED_VARIABLE.matcher(e.getMessage());
                String variable = name.find() ? "Variabeln \"" + name.group(1) + "\" (" + name.group(1) + ") är ett"
                        : "Ett";
                return Optional.of(new Refusal(Response.Status.BAD_REQUEST, "JavaSerializationProhibited",
                        variable + " Java-serialiserat objekt, som inte tas emot; skicka värdet som text, tal eller JSON."
                                + " Inget har sparats.", e));
            }
            if (e instanceof NullValueException && e.getMessage() != null && e.getMessage().contains("Cannot find")) {
                return Optional.of(new Refusal(Response.Status.NOT_FOUND, "NotFound",
                        "Uppgiften eller ärendet finns inte längre, någon kan just ha slutfört det; ladda om sidan.", e));
            }
        }
        return Optional.empty();
    }

    static Response answer(Throwable e) {
        Refusal refusal = refusalFor(e).orElseThrow();
        LOG.info("Engine REST call refused with {}: {}", refusal.status().getStatusCode(), refusal.cause().getMessage());
        return refusal.response();
    }

    /** What the engine throws directly (claim, message correlation, variable updates). */
    @Priority(Priorities.USER - 100)
    static class EngineExceptionMapper implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return refusalFor(exception).isPresent();
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }

    /**
     * What task completion and form submission throw, which the REST API wraps into a 500, or into a
     * 400 whose message puts the engine's words and ids before the form's ("Cannot instantiate process
     * definition idea:1:ec71...: Formuläret kunde inte sparas: ..."): answered with the form's sentence alone.
     */
    @Priority(Priorities.USER - 100)
    static class WrappedEngineExceptionMapper implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException exception) {
            Optional<Refusal> refusal = refusalFor(exception.getCause());
            return refusal.isPresent() && (exception.getStatus() == null
                    || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
                    || exception.getStatus() == refusal.get().status());
        }

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception.getCause());
        }
    }
}
