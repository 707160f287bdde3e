package se.agencynetwork.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Finds the Camunda Form a task or start event refers to, in the deployment its process came
 * with ({@code camunda:formRefBinding="deployment"}) or as the latest version (binding
 * {@code latest}), and keeps the parsed schema: a deployed resource never changes.
 * Must be called inside an engine command; it reads the engine's tables directly, so the user's
 * authorizations on deployments do not matter.
 */
public class DeployedForms {

    private final Map<String, FormSchema> byDefinitionId = new ConcurrentHashMap<>();

    public FormSchema find(String formRef, String binding, String deploymentId) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null) {
            throw new IllegalStateException("Deployed forms are read inside an engine command only");
        }
        CamundaFormDefinitionEntity definition = "latest".equals(binding)
                ? commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef)
                : commandContext.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formRef);
        if (definition == null) {
            throw new IllegalStateException("Camunda Form '" + formRef + "' (binding " + binding
                    + ") is not deployed with deployment " + deploymentId);
        }
        return byDefinitionId.computeIfAbsent(definition.getId(), id -> {
            ResourceEntity resource = commandContext.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
            return FormSchema.parse(resource.getBytes());
        });
    }
}
