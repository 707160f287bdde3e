package se.agencynetwork.evaluation;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Coverage gate for course-evaluation: the test class fails unless it covers every flow node and
 * sequence flow of it. The ideas it starts and the mail deliveries are other processes' business.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class EvaluationCoverageConfiguration {

    @Bean
    @Primary
    ProcessEngineCoverageProperties gatedCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys("idea")
                .build();
    }
}
