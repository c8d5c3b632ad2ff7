package org.communityops.notification;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server on a free port (GreenMail) for the notification email tests, and the
 * emails it received about an item.
 */
final class Mailbox implements AutoCloseable {

	private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	Mailbox() {
		smtp.start();
	}

	int port() {
		return smtp.getSmtp().getPort();
	}

	/** The emails whose subject line ends with the item's subject. */
	List<MimeMessage> about(String subject) {
		List<MimeMessage> emails = new ArrayList<>();
		for (MimeMessage email : smtp.getReceivedMessages()) {
			if (line(email).endsWith(subject)) {
				emails.add(email);
			}
		}
		return emails;
	}

	/** The same, each as its recipient and subject line. */
	List<String> linesAbout(String subject) {
		return about(subject).stream().map(Mailbox::line).toList();
	}

	/**
	 * An email as its recipient and subject line, e.g. {@code mo@… [hooli] Breached: …}.
	 */
	static String line(MimeMessage email) {
		try {
			return email.getRecipients(Message.RecipientType.TO)[0] + " " + email.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		smtp.stop();
	}

}
