package se.agencynetwork.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The enforcement over the Java API, with a test-only model and forms that use every kind of
 * check: refused submissions throw the engine's form validation exception naming the field and
 * leave nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormEnforcementEngineTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;

    String deploymentId;

    @BeforeAll
    void deployProbe() {
        deploymentId = repositoryService.createDeployment().name("form-probe")
                .addClasspathResource("models/probe/probe.bpmn")
                .addClasspathResource("models/probe/probe-start.form")
                .addClasspathResource("models/probe/probe-task.form")
                .deploy().getId();
    }

    @AfterAll
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    Map<String, Object> validStart() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "Ledarskap");
        values.put("kind", "course");
        values.put("startDate", "2026-12-01");
        return values;
    }

    Map<String, Object> validTask() {
        Map<String, Object> values = new HashMap<>();
        values.put("participants", 12);
        values.put("coFunding", true);
        values.put("agencies", Variables.objectValue(List.of("spv")).serializationDataFormat("application/json").create());
        values.put("contact", Variables.objectValue(Map.of("email", "a@b.se")).serializationDataFormat("application/json").create());
        values.put("needs", Variables.objectValue(List.of(Map.of("need", "Excel", "count", 3)))
                .serializationDataFormat("application/json").create());
        return values;
    }

    ProcessInstance startValid() {
        Map<String, Object> values = validStart();
        // the options of the task's select are the process's own data, not the start form's: set up here as
        // engine-internal setup (start instructions through the Java API), the start form still checked
        values.put("agencyOptions", List.of(Map.of("label", "SPV", "value", "spv"), Map.of("label", "CSN", "value", "csn")));
        return runtimeService.createProcessInstanceByKey("form-probe").setVariables(values)
                .startBeforeActivity("StartEvent_Probe").execute();
    }

    @Test
    void aValidStartAndCompletionPass() {
        ProcessInstance instance = startValid();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId(), validTask());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aStartWithoutARequiredFieldIsRefusedAndNoInstanceIsLeft() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("form-probe").count();
        Map<String, Object> values = validStart();
        values.remove("title");
        String definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();

        assertThatThrownBy(() -> formService.submitStartForm(definitionId, values))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("\"Titel\" (title) måste fyllas i");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("form-probe", values))
                .isInstanceOf(FormRefusedException.class);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("form-probe").count()).isEqualTo(before);
    }

    @Test
    void startValuesBreakingLengthPatternOptionsAndDateAreRefusedEachNamed() {
        Map<String, Object> values = validStart();
        values.put("title", "Ab1");
        values.put("kind", "party");
        values.put("startDate", "1 december");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("form-probe", values))
                .isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(title) har fel format")
                .hasMessageContaining("(kind) har värdet \"party\"")
                .hasMessageContaining("(startDate) måste vara ett datum");
        values.put("title", "A".repeat(21));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("form-probe", values))
                .hasMessageContaining("(title) får ha högst 20 tecken");
    }

    @Test
    void aRefusedCompletionStoresNothingAndLeavesTheTaskOpen() {
        ProcessInstance instance = startValid();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Map<String, Object> before = runtimeService.getVariables(instance.getId());

        Map<String, Object> values = validTask();
        values.put("participants", 51);
        values.put("title", "Ändrad titel");
        values.put("coFunding", "ja");
        assertThatThrownBy(() -> taskService.complete(task.getId(), values))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("\"Deltagare\" (participants) får inte vara större än 50")
                .hasMessageContaining("(coFunding) måste vara ja eller nej");
        assertThatThrownBy(() -> formService.submitTaskForm(task.getId(), values))
                .isInstanceOf(FormFieldValidationException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariables(instance.getId())).isEqualTo(before);
        assertThat(runtimeService.getVariable(instance.getId(), "title")).isEqualTo("Ledarskap");
        assertThat(runtimeService.getVariable(instance.getId(), "participants")).isNull();
    }

    @Test
    void nestedGroupListAndVariableFedOptionsAreChecked() {
        ProcessInstance instance = startValid();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Map<String, Object> values = validTask();
        values.put("participants", 2.5);
        values.put("agencies", Variables.objectValue(List.of("spv", "fbi")).serializationDataFormat("application/json").create());
        values.put("contact", Variables.objectValue(Map.of("email", "inte-en-adress")).serializationDataFormat("application/json").create());
        values.put("needs", Variables.objectValue(List.of(Map.of("need", "Excel"), Map.of("count", 0)))
                .serializationDataFormat("application/json").create());
        assertThatThrownBy(() -> taskService.complete(task.getId(), values))
                .hasMessageContaining("(participants) måste vara ett heltal")
                .hasMessageContaining("(agencies) har värdet \"fbi\"")
                .hasMessageContaining("(contact.email) måste vara en e-postadress")
                .hasMessageContaining("\"Behov 2: Behov\" (needs[1].need) måste fyllas i")
                .hasMessageContaining("(needs[1].count) får inte vara mindre än 1");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void variablesOutsideTheFormAreRefusedAtAStartAndAtACompletion() {
        // issue 16: before, these were let through and stored; a submission now carries only the form's inputs
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("form-probe").count();
        Map<String, Object> values = validStart();
        values.put("agencyOptions", List.of());
        values.put("somethingElse", 42);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("form-probe", values))
                .isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(agencyOptions) finns inte i formuläret")
                .hasMessageContaining("(somethingElse) finns inte i formuläret");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("form-probe").count()).isEqualTo(before);

        ProcessInstance instance = startValid();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Map<String, Object> completion = validTask();
        completion.put("somethingElse", 42);
        assertThatThrownBy(() -> taskService.complete(task.getId(), completion))
                .isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("(somethingElse) finns inte i formuläret");
        assertThat(runtimeService.getVariable(instance.getId(), "somethingElse")).isNull();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }
}
