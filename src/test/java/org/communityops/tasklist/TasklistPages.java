package org.communityops.tasklist;

import java.time.Duration;

import org.communityops.testing.WebappSignIn;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda's Tasklist in a browser: its address, signing in, waiting for it. */
final class TasklistPages {

	private TasklistPages() {
	}

	static String base(int port) {
		return "http://localhost:" + port + "/camunda/app/tasklist/default/";
	}

	/**
	 * Signs in on the Tasklist's own login form; the demo users' passwords are their
	 * names.
	 */
	static void signIn(WebDriver page, int port, String user) {
		WebappSignIn.signIn(page, base(port), user);
	}

	static WebDriverWait wait(WebDriver page) {
		return new WebDriverWait(page, Duration.ofSeconds(20));
	}

}
