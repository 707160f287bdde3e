package se.agencynetwork.notification;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs a piece of engine work without the current user's authentication. Notifications are the
 * system's work, not the user's: the user who completes a task may not read other users' e-mail
 * addresses nor read process definitions, yet the mails caused by that step must be written.
 * Inside listeners and delegates the engine already skips these checks
 * ({@code authorizationEnabledForCustomCode} is false by default); application code calling
 * {@link Notifications} from a request (a REST controller) is checked, hence this. The
 * authentication is thread-bound and restored afterwards.
 */
final class SystemAuthentication {

    private SystemAuthentication() {
    }

    static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(user);
        }
    }
}
