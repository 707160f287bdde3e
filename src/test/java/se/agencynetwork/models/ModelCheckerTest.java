package se.agencynetwork.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import se.agencynetwork.process.DelegateContract;
import se.agencynetwork.forms.FormSchema;
import se.agencynetwork.system.ModelDeployer;

/** The modelling rules hold for every model of processes/ and are really checked (a broken model fails). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelCheckerTest {

    @Autowired
    RepositoryService repositoryService;

    static Map<String, byte[]> filesUnder(Path dir, String suffix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(suffix)).toList()) {
                files.put(dir.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    static Map<String, FormSchema> formsOfRepository() throws IOException {
        Map<String, FormSchema> forms = new HashMap<>();
        for (byte[] form : filesUnder(Path.of("forms"), ".form").values()) {
            FormSchema schema = FormSchema.parse(form);
            forms.put(schema.id(), schema);
        }
        return forms;
    }

    /** The contracts of every delegate bean of the application, by bean name. */
    static Map<String, DelegateContract> contracts() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(DelegateContract.class));
        Map<String, DelegateContract> contracts = new HashMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("se.agencynetwork")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            Component component = type.getAnnotation(Component.class);
            String name = component != null && !component.value().isEmpty() ? component.value()
                    : java.beans.Introspector.decapitalize(ClassUtils.getShortName(type));
            contracts.put(name, type.getAnnotation(DelegateContract.class));
        }
        return contracts;
    }

    @Test
    void everyModelOfTheRepositoryFollowsTheRules() throws Exception {
        Map<String, byte[]> models = filesUnder(Path.of("processes"), ".bpmn");
        assertThat(models).isNotEmpty();
        Map<String, List<String>> violations = new ModelChecker(formsOfRepository(), contracts()).check(models);
        assertThat(violations).allSatisfy((model, list) -> assertThat(list).as(model).isEmpty());
    }

    @Test
    void everyModelOfTheRepositoryIsDeployed() throws IOException {
        String deploymentId = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .singleResult().getId();
        for (Map.Entry<String, byte[]> model : filesUnder(Path.of("processes"), ".bpmn").entrySet()) {
            for (Process process : Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(model.getValue()))
                    .getModelElementsByType(Process.class)) {
                assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId)
                        .processDefinitionKey(process.getId()).count()).as(model.getKey()).isEqualTo(1);
            }
        }
    }

    @Test
    void aBrokenModelFailsEveryCheck() throws Exception {
        Map<String, byte[]> models = new TreeMap<>();
        for (String name : List.of("broken.bpmn", "unparseable.bpmn")) {
            try (InputStream in = getClass().getResourceAsStream("/models/broken/" + name)) {
                models.put(name, in.readAllBytes());
            }
        }
        Map<String, List<String>> violations = new ModelChecker(formsOfRepository(), contracts()).check(models);

        assertThat(violations.get("unparseable.bpmn")).anySatisfy(v -> assertThat(v).startsWith("does not parse"));
        assertThat(String.join("\n", violations.get("broken.bpmn"))).contains(
                "broken: no camunda:historyTimeToLive",
                "Gateway_1x2y3z4: id is not Type_PascalCase",
                "Flow_0abc123: Modeler-generated id",
                "Activity_0qwerty: id",
                "UserTask_approve: id is not Type_PascalCase",
                "UserTask_approve: no camunda:formRef",
                "StartEvent_Broken: form noSuchForm is not in forms/",
                "UserTask_approve: candidate group hr-people is not a group of the directory scheme",
                "Gateway_1x2y3z4: reads approvedd",
                "Activity_0qwerty: delegate ${unknownBean} declares no @DelegateContract",
                "Activity_0qwerty: no diagram shape",
                "Flow_Yes: no diagram edge");
        assertThat(String.join("\n", violations.get("broken.bpmn"))).doesNotContain("${agency}-heads");
    }

    @Test
    void aProcessStartedByCodeNeedsNoStartFormAndDeclaresWhatTheCodePasses() throws Exception {
        byte[] model;
        try (InputStream in = getClass().getResourceAsStream("/models/valid/code-started.bpmn")) {
            model = in.readAllBytes();
        }
        ModelChecker checker = new ModelChecker(formsOfRepository(), contracts());
        assertThat(checker.check(Map.of("code-started.bpmn", model)).get("code-started.bpmn")).isEmpty();

        String undeclared = new String(model, java.nio.charset.StandardCharsets.UTF_8).replace("mailId, kind", "kind");
        assertThat(checker.check(Map.of("code-started.bpmn", undeclared.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .get("code-started.bpmn")).containsExactly(
                        "ServiceTask_Send: reads mailId (read by se.agencynetwork.models.CodeStartedDelegate) but nothing upstream writes it");
    }

    @Test
    void identifiersOfExpressionsAreTheVariablesTheyRead() {
        assertThat(ModelChecker.identifiers("${decision == 'approve' && not empty duplicateOf}"))
                .containsExactlyInAnyOrder("decision", "duplicateOf");
        assertThat(ModelChecker.identifiers("${execution.processBusinessKey} ${rules.ok(total)}"))
                .containsExactlyInAnyOrder("rules", "total");
    }
}
