package se.agencynetwork.notification;

import java.util.Locale;

/**
 * Someone a mail goes to.
 *
 * @param userId  the directory / Camunda user id, or null for a bare address
 * @param address the e-mail address
 * @param name    how the mail greets them (first name, or the address)
 */
public record Recipient(String userId, String address, String name) {

    public Recipient {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an e-mail address (user " + userId + ")");
        }
        address = address.trim();
        if (name == null || name.isBlank()) {
            name = address;
        }
    }

    public static Recipient address(String address) {
        return new Recipient(null, address, null);
    }

    /** What makes two mails "the same mail to the same person": the user id, else the address. */
    String key() {
        return userId != null ? userId : address.toLowerCase(Locale.ROOT);
    }
}
