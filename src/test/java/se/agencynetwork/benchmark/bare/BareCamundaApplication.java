package se.agencynetwork.benchmark.bare;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The yardstick for start-up and heap: a Camunda 7 Spring Boot application with nothing but the
 * starter, the webapps and the REST API (no code of the project). {@link se.agencynetwork.benchmark.StartupProbe}
 * starts it on a class path without the project's classes and without the libraries only the
 * project uses (Flyway, Thymeleaf, mail, actuator, holiday calendar).
 */
@SpringBootApplication
public class BareCamundaApplication {
}
