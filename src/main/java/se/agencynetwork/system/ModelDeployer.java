package se.agencynetwork.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN model under {@code processes/} and every Camunda Form under
 * {@code forms/} as one deployment.
 *
 * <p>The Camunda starter's auto-deployment names resources by their absolute path when the
 * application runs from Maven and by the bare file name when it runs from the jar, so the same
 * models would become a new version after switching. Here every resource is named by its
 * path relative to the classpath root ({@code processes/network-review.bpmn},
 * {@code forms/network-review-answer.form}) whichever way the application is started.
 * Duplicate filtering makes a restart with unchanged files create no new version; when one file
 * changes all are deployed again, so forms bound with {@code formRefBinding="deployment"} always
 * sit in the same deployment as the processes that use them.
 */
@Component
public class ModelDeployer implements SmartInitializingSingleton {

    public static final String DEPLOYMENT_NAME = "agency-network";

    static final List<String> PATTERNS = List.of(
            "classpath*:processes/**/*.bpmn",
            "classpath*:processes/**/*.dmn",
            "classpath*:forms/**/*.form");

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resolver;

    @Autowired
    public ModelDeployer(RepositoryService repositoryService) {
        this(repositoryService, new PathMatchingResourcePatternResolver());
    }

    ModelDeployer(RepositoryService repositoryService, ResourcePatternResolver resolver) {
        this.repositoryService = repositoryService;
        this.resolver = resolver;
    }

    /**
     * Runs once every singleton exists, so that beans named in expressions that are evaluated
     * at deployment (the cycle of a timer start event) can be resolved.
     */
    @Override
    public void afterSingletonsInstantiated() {
        deploy();
    }

    /** Deploys the models if any of them changed; returns the deployment that is now current. */
    public DeploymentWithDefinitions deploy() {
        Map<String, byte[]> resources = findResources();
        if (resources.isEmpty()) {
            LOG.warn("No models found under processes/ or forms/: nothing deployed");
            return null;
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        LOG.info("Deployment '{}' ({}) holds {} resources: {}", DEPLOYMENT_NAME, deployment.getId(),
                resources.size(), resources.keySet());
        return deployment;
    }

    /** The resources that make up the deployment, by their relative name, in a stable order. */
    public Map<String, byte[]> findResources() {
        Map<String, byte[]> resources = new TreeMap<>();
        for (String pattern : PATTERNS) {
            try {
                for (Resource resource : resolver.getResources(pattern)) {
                    String name = relativeName(resource);
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(name, in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the models matching " + pattern, e);
            }
        }
        return resources;
    }

    static String relativeName(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        int best = -1;
        for (String root : List.of("/processes/", "/forms/")) {
            best = Math.max(best, url.lastIndexOf(root));
        }
        if (best < 0) {
            throw new IllegalStateException("Resource outside processes/ and forms/: " + url);
        }
        return url.substring(best + 1);
    }
}
