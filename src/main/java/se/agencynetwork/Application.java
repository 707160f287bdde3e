package se.agencynetwork;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.agencynetwork.process.NetworkTime;

/**
 * Workflows of a network of government agencies: ideas, interest rounds, procurement,
 * YH programme proposals, course delivery and evaluation on the Camunda 7 engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        // the network's dates and timers (a cron of 08:00, a due date) are Swedish local time
        TimeZone.setDefault(TimeZone.getTimeZone(NetworkTime.ZONE));
        SpringApplication.run(Application.class, args);
    }
}
