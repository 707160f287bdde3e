package se.agencynetwork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ModelDeploymentTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ModelDeployer modelDeployer;

    @Test
    void deploymentHoldsExactlyTheModelsAndFormsOfTheRepository() throws IOException {
        Set<String> onDisk = filesUnder("processes", ".bpmn", ".dmn");
        onDisk.addAll(filesUnder("forms", ".form"));
        assertThat(onDisk).as("models and forms in the repository").isNotEmpty();

        List<Deployment> deployments = repositoryService.createDeploymentQuery()
                .deploymentName(ModelDeployer.DEPLOYMENT_NAME).list();
        assertThat(deployments).hasSize(1);
        Set<String> deployed = repositoryService.getDeploymentResources(deployments.get(0).getId()).stream()
                .map(Resource::getName)
                .collect(Collectors.toSet());

        assertThat(deployed).isEqualTo(onDisk);
    }

    @Test
    void deployingUnchangedModelsAgainCreatesNoNewVersion() {
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        long definitionsBefore = repositoryService.createProcessDefinitionQuery().count();

        modelDeployer.deploy();
        modelDeployer.deploy();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(definition -> assertThat(definition.getVersion()).isEqualTo(1));
    }

    @Test
    void everyProcessOfTheRepositoryIsDeployedUnderItsFileName() throws IOException {
        Set<String> keysFromFileNames = filesUnder("processes", ".bpmn").stream()
                .map(name -> name.substring("processes/".length(), name.length() - ".bpmn".length()))
                .collect(Collectors.toSet());
        Set<String> deployedKeys = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(definition -> definition.getKey())
                .collect(Collectors.toSet());
        assertThat(deployedKeys).isEqualTo(keysFromFileNames);
    }

    /** Relative names ({@code processes/x.bpmn}) of the files in a top-level folder of the project. */
    static Set<String> filesUnder(String folder, String... suffixes) throws IOException {
        Path root = Path.of(folder);
        if (!Files.isDirectory(root)) {
            return new java.util.HashSet<>();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> Stream.of(suffixes).anyMatch(name::endsWith))
                    .map(name -> folder + "/" + name)
                    .collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }
}
