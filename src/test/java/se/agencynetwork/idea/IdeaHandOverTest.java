package se.agencynetwork.idea;

import se.agencynetwork.models.ids.IdeaModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.agencynetwork.idea.IdeaVariables.TITLE;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Handing an approved idea over to the next process is a job of its own: when that process cannot
 * start (here: yh-application is not deployed: the test removes its definition from this class's
 * own engine), the council's decision stays saved, the job is retried and finally shows as an
 * incident on the idea in Cockpit; once the process exists, a retry carries on.
 */
@SpringBootTest
class IdeaHandOverTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void aMissingCalledProcessBecomesAnIncidentAndARetryCarriesOnOnceItExists() {
        // the Spring context (and its database) is this class's alone, closed after it
        repositoryService.deleteProcessDefinitions().byKey("yh-application").cascade().delete();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("yh-application").count())
                .as("this test needs yh-application to be missing").isZero();
        ProcessInstance idea = runtimeService.createProcessInstanceByKey("idea")
                .businessKey("IDEA-2026-9001")
                .setVariable(TITLE, "Klarspråk")
                .startBeforeActivity(IdeaModel.CALL_ACTIVITY_YH_APPLICATION)
                .execute();

        Job handOver = managementService.createJobQuery().processInstanceId(idea.getId())
                .activityId(IdeaModel.CALL_ACTIVITY_YH_APPLICATION).singleResult();
        assertThat(handOver).as("the hand-over waits as a job, so the step before it has committed").isNotNull();

        for (int attempt = 0; attempt < 3; attempt++) {
            String jobId = handOver.getId();
            assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("yh-application");
        }

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(idea.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(IdeaModel.CALL_ACTIVITY_YH_APPLICATION);
        assertThat(incident.getIncidentMessage()).contains("yh-application");

        // the process is deployed, the administrator retries in Cockpit: the idea goes on
        String standIn = repositoryService.createDeployment().addClasspathResource("idea/stand-in-yh-application.bpmn")
                .deploy().getId();
        try {
            managementService.setJobRetries(handOver.getId(), 1);
            managementService.executeJob(handOver.getId());
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("yh-application")
                    .superProcessInstanceId(idea.getId()).count()).isEqualTo(1);
            assertThat(runtimeService.createIncidentQuery().processInstanceId(idea.getId()).count()).isZero();
        } finally {
            repositoryService.deleteDeployment(standIn, true);
        }
    }
}
