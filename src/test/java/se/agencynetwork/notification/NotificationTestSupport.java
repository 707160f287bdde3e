package se.agencynetwork.notification;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Users, the test models and mail parsing shared by the notification tests. */
final class NotificationTestSupport {

    static final String DEPLOYMENT_NAME = "notification-tests";
    static final String TASK_PROCESS = "notification-test-task";
    static final String SEND_PROCESS = "notification-test-send";
    static final String ROLLBACK_PROCESS = "notification-test-rollback";

    private NotificationTestSupport() {
    }

    /**
     * The directory users the tests mail to. On this branch the directory sync does not exist yet,
     * so they are created here when absent (with the demo directory's ids, addresses and password).
     */
    static void ensureDirectoryUsers(IdentityService identity) {
        ensureUser(identity, "koordinator", "Kristina", "Nätverksson", "koordinator@spv.example", "network-coordinators");
        ensureUser(identity, "utbkoord-spv", "Emma", "Åberg", "utbkoord-spv@spv.example", "spv-training-coordinators");
        ensureUser(identity, "chef-spv", "Karin", "Carlsson", "chef-spv@spv.example", "spv-heads");
    }

    static void ensureUser(IdentityService identity, String id, String first, String last, String email, String groupId) {
        if (identity.createUserQuery().userId(id).singleResult() == null) {
            User user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(email);
            user.setPassword("demo");
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
            var group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(id, groupId);
        }
    }

    static Deployment deployTestModels(RepositoryService repository) {
        return repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .addClasspathResource("notification/notification-test-task.bpmn")
                .addClasspathResource("notification/notification-test-send.bpmn")
                .addClasspathResource("notification/notification-test-rollback.bpmn")
                .deploy();
    }

    /** Removes the test models (and their instances) so that other tests of a shared context never see them. */
    static void undeployTestModels(RepositoryService repository) {
        repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true, true));
    }

    /** Removes the test instances, the mail jobs (waiting or failed) and the outbox rows. */
    static void clean(RuntimeService runtime, JdbcTemplate jdbc, MailJobs mailJobs, ManagementService management) {
        mailJobs.jobs().forEach(job -> management.deleteJob(job.getId()));
        for (String key : new String[] {TASK_PROCESS, SEND_PROCESS, ROLLBACK_PROCESS}) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test clean-up", true, true));
        }
        jdbc.update("delete from notification_mail");
    }

    /** The parts of a mail by MIME type ({@code text/plain}, {@code text/html}) and attachments by {@code file:<name>}. */
    static Map<String, String> parts(Part message) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        collect(message, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
            return;
        }
        Object content = part.getContent();
        String text = content instanceof String s ? s
                : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
        String key = part.getFileName() != null ? "file:" + part.getFileName()
                : part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        parts.put(key, text);
    }
}
