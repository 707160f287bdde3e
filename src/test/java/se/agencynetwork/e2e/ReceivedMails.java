package se.agencynetwork.e2e;

import java.io.IOException;
import java.util.Arrays;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** The mails as a recipient's mail program received them from the SMTP server (GreenMail), decoded. */
final class ReceivedMails {

    private ReceivedMails() {
    }

    /** The plain text of the first mail to this address whose text contains {@code containing}. */
    static String text(GreenMail smtp, String recipient, String containing) {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                String text = plainText(message.getContent(), message.getContentType());
                if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(recipient))
                        && text.contains(containing)) {
                    return text;
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no mail to " + recipient + " containing '" + containing + "' among "
                + smtp.getReceivedMessages().length);
    }

    private static String plainText(Object content, String contentType) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                text.append(plainText(part.getContent(), part.getContentType()));
            }
            return text.toString();
        }
        return content instanceof String text && contentType.toLowerCase().startsWith("text/plain") ? text : "";
    }
}
