package se.agencynetwork.idea;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Process test coverage with a gate: a test class that uses this configuration fails unless it
 * covers every flow node and sequence flow of the processes it started. The stand-ins of processes
 * built in other issues do not count.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageConfiguration {

    @Bean
    @Primary
    ProcessEngineCoverageProperties gatedCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys("procurement", "course-delivery", "yh-application", "recruitment-activity")
                .build();
    }
}
