package se.agencynetwork.system;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is never anonymous: every call is authenticated with HTTP Basic against
 * the Camunda identity service (which the network directory fills), and the engine's
 * authorization checks then apply to that user exactly as in Tasklist.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurity {

    static final String ENGINE_REST_PATTERN = "/engine-rest/*";

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST_PATTERN);
        return registration;
    }
}
