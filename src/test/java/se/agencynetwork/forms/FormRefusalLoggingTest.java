package se.agencynetwork.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 17 item 8: what an operator reads in the log. A user's refused form is one WARN line
 * naming the form and the field, with no stack trace and no ENGINE-16004 error; a real failure of
 * the engine is still logged at ERROR with its stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class FormRefusalLoggingTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    String deploymentId;

    @BeforeAll
    void deployProbes() {
        deploymentId = repositoryService.createDeployment().name("logging-probe")
                .addClasspathResource("models/probe/probe.bpmn")
                .addClasspathResource("models/probe/probe-start.form")
                .addClasspathResource("models/probe/probe-task.form")
                .addModelInstance("failing-probe.bpmn", Bpmn.createExecutableProcess("failing-probe")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .serviceTask("ServiceTask_Fails").camundaExpression("${noSuchBean.fail()}")
                        .endEvent()
                        .done())
                .deploy().getId();
    }

    @AfterAll
    void removeProbes() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void aRefusedFormIsOneWarnLineNamingTheFormAndTheFieldWithoutAStackTrace(CapturedOutput output) {
        int from = output.getAll().length();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("form-probe",
                Map.of("kind", "course", "startDate", "2026-12-01")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("(title)");

        String logged = output.getAll().substring(from);
        List<String> lines = logged.lines().filter(line -> line.contains("probeStartForm")).toList();
        assertThat(lines).as("the refusal in the log").singleElement().satisfies(line -> assertThat(line)
                .contains(" WARN ").contains("Form probeStartForm refused").contains("field(s) title"));
        assertThat(logged).as("no engine error and no stack trace for a user's mistake")
                .doesNotContain("ENGINE-16004").doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    @Test
    void anEngineFailureIsStillAnErrorWithItsStackTrace(CapturedOutput output) {
        int from = output.getAll().length();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("failing-probe"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("noSuchBean");

        String logged = output.getAll().substring(from);
        assertThat(logged.lines().filter(line -> line.contains("ENGINE-16004")).toList())
                .singleElement().satisfies(line -> assertThat(line).contains(" ERROR ").contains("noSuchBean"));
        assertThat(logged).as("the stack trace for the operator").contains("\tat org.camunda.bpm.engine");
        assertThat(logged).doesNotContain(" refused (");
    }
}
