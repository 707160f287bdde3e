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

    /** How logs and incident messages name this recipient: see {@link #forLog(String, String)}. */
    public String forLog() {
        return forLog(userId, address);
    }

    /**
     * How logs and incident messages name a recipient. A directory user's work address is shown as it is
     * (operators trace mails by it). A bare address belongs to someone outside the directory - a candidate
     * asked for consent, a person lent to an agency - whose data is deleted when its purpose ends; the
     * application log and the engine's incident history are not deleted with it, so they get only the
     * first letter and the domain ({@code k***@exempel.se}): enough to tell mails apart, not to write to them.
     */
    public static String forLog(String userId, String address) {
        if (userId != null || address == null) {
            return address;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    /** What makes two mails "the same mail to the same person": the user id, else the address. */
    String key() {
        return userId != null ? userId : address.toLowerCase(Locale.ROOT);
    }
}
