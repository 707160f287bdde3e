package se.agencynetwork.procurement;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Coverage gate: the procurement tests must cover every flow node and sequence flow of the processes they start
 * (idea, which one test runs to call procurement for real, has its own gate). */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcurementCoverageConfiguration {

    @Bean
    @Primary
    ProcessEngineCoverageProperties gatedCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys("idea")
                .build();
    }
}
