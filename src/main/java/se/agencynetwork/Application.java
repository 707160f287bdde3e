package se.agencynetwork;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Workflows of a network of government agencies: ideas, interest rounds, procurement,
 * YH programme proposals, course delivery and evaluation on the Camunda 7 engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    /** The network's dates and timers (a cron of 08:00, a due date) are Swedish local time. */
    static final String TIME_ZONE = "Europe/Stockholm";

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
        SpringApplication.run(Application.class, args);
    }
}
