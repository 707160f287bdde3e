package se.agencynetwork.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's own pages and APIs - the survey page (whose link is its credential), {@code /api},
 * the landing page at {@code /} and whatever else is served outside the Camunda webapps - are sent
 * with headers that keep them out of frames, stop content sniffing, never pass the address on as a
 * referrer and allow no script but the application's own files:
 * {@code Content-Security-Policy} (with {@code frame-ancestors 'none'}), {@code X-Frame-Options: DENY},
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}.
 *
 * <p>The rule is by path: every request except those under the webapps' path ({@code /camunda/...}),
 * which Camunda's own header filter serves ({@code camunda.bpm.webapp.header-security}); Tasklist needs
 * inline scripts that this policy would block. New pages need nothing to be covered.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    /**
     * Scripts only from the application's files; inline styles allowed (the survey page has its style
     * sheet inline), images also as data: URLs; forms only to the application itself.
     */
    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    FilterRegistrationBean<HeaderFilter> securityHeadersFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
            @Value("${network.security.content-security-policy:" + DEFAULT_POLICY + "}") String policy) {
        FilterRegistrationBean<HeaderFilter> registration =
                new FilterRegistrationBean<>(new HeaderFilter(webappPath, policy));
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    static final class HeaderFilter extends OncePerRequestFilter {

        private final String webappPrefix;
        private final String webappPath;
        private final String policy;

        HeaderFilter(String webappPath, String policy) {
            this.webappPath = webappPath;
            this.webappPrefix = webappPath + "/";
            this.policy = policy;
        }

        /** Error pages of these paths get the headers too. */
        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals(webappPath) || path.startsWith(webappPrefix);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", policy);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            chain.doFilter(request, response);
        }
    }
}
