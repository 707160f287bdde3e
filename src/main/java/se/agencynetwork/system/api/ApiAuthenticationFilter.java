package se.agencynetwork.system.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import se.agencynetwork.system.RequestUsers;

/**
 * Authenticates every call to the application's own REST API ({@code /api/**}) against the
 * directory: HTTP Basic, or - for reading only (GET/HEAD) - the session of a user logged into
 * Tasklist/Cockpit, so that a coordinator can open a CSV link in the browser. Mutating calls need
 * Basic credentials, so a foreign page cannot ride on a browser session (the webapps' CSRF
 * protection does not cover {@code /api}). While the request runs, the engine's identity service
 * carries the user and their groups, so engine authorization checks apply to API calls too.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final ProcessEngine processEngine;
    private final RequestUsers users;

    ApiAuthenticationFilter(ProcessEngine processEngine, RequestUsers users) {
        this.processEngine = processEngine;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdentityService identity = processEngine.getIdentityService();
        String userId = users.fromBasicCredentials(request)
                .or(() -> isReadOnly(request) ? users.fromWebappSession(request) : java.util.Optional.empty())
                .orElse(null);
        if (userId == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"agency-network\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":401,\"message\":\"Inloggning krävs (HTTP Basic med användarnamn och lösenord).\"}");
            return;
        }
        identity.setAuthentication(userId, users.groups(userId));
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static boolean isReadOnly(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
