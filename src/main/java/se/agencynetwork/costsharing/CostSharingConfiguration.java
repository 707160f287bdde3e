package se.agencynetwork.costsharing;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import se.agencynetwork.directory.NetworkDirectory;

@Configuration(proxyBeanMethods = false)
class CostSharingConfiguration {

    @Bean
    AllocationService allocationService(NetworkDirectory directory, CostSharingProperties properties) {
        return new AllocationService(directory, properties);
    }

    @Bean
    CostLedger costLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                          AllocationService allocationService, NetworkDirectory directory, Clock clock) {
        return new CostLedger(jdbc, transactionManager, allocationService, directory, clock);
    }

    @Bean
    InvoicingRuns invoicingRuns(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, CostLedger costLedger,
                                NetworkDirectory directory, Clock clock) {
        return new InvoicingRuns(jdbc, transactionManager, costLedger, directory, clock);
    }
}
