package se.agencynetwork.system.api;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.agencynetwork.system.RequestUsers;

@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API_PATTERN = "/api/*";

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine processEngine,
            RequestUsers users) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(processEngine, users));
        registration.setName("api-authentication");
        registration.addUrlPatterns(API_PATTERN);
        return registration;
    }
}
