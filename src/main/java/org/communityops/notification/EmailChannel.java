package org.communityops.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The notification emails, over SMTP ({@code spring.mail.*}): each outbox row is one
 * message to one person, with a plain-text and an HTML body and the notification's id as
 * a header. Without {@code spring.mail.host} there is no mail sender and the channel is
 * off: no email is written to the outbox.
 */
@Component
class EmailChannel implements Channel {

	static final String NAME = "email";

	private static final int ACCEPTED = 250;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationProperties properties;

	private final ObjectMapper json;

	EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationProperties properties, ObjectMapper json) {
		this.mail = mail;
		this.properties = properties;
		this.json = json;
	}

	boolean enabled() {
		return mail.getIfAvailable() != null;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int send(String id, String body) throws Exception {
		EmailMessage email = json.readValue(body, EmailMessage.class);
		JavaMailSender sender = mail.getObject();
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper parts = new MimeMessageHelper(message, true, "UTF-8");
		parts.setFrom(properties.email().from());
		parts.setTo(email.to());
		parts.setSubject(email.subject());
		parts.setText(email.text(), email.html());
		message.setHeader("X-CommunityOps-Notification", id);
		sender.send(message);
		return ACCEPTED;
	}

	/** One email as the outbox keeps it. */
	record EmailMessage(String to, String subject, String text, String html) {
	}

}
