package org.communityops.testing;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signs in on the login form of a Camunda webapp (Tasklist, Cockpit, Admin) the way a
 * person does: each field once it takes input, checked to hold what was typed. A form
 * filled in while the app is still starting can stay on the screen after it was sent (CI
 * saw that once in the Tasklist); the sign-in then starts again from the app's address,
 * up to three times, and a last failure names what the page said.
 */
public final class WebappSignIn {

	private static final By USERNAME = By.cssSelector("input[ng-model=username]");

	private static final By PASSWORD = By.cssSelector("input[ng-model=password]");

	private static final int ATTEMPTS = 3;

	private WebappSignIn() {
	}

	/**
	 * @param app the webapp's address, e.g. {@code .../camunda/app/tasklist/default/}
	 * @param user a demo user, whose password is their name
	 */
	public static void signIn(WebDriver page, String app, String user) {
		for (int attempt = 1;; attempt++) {
			page.get(app);
			try {
				type(page, USERNAME, user);
				type(page, PASSWORD, user);
				page.findElement(By.cssSelector("button[type=submit]")).click();
				wait(page, 10).until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
				return;
			}
			catch (TimeoutException | StaleElementReferenceException ex) {
				if (attempt == ATTEMPTS) {
					throw new AssertionError(
							"Could not sign " + user + " in at " + app + " in " + ATTEMPTS
									+ " attempts; the page said: " + page.findElement(By.tagName("body")).getText(),
							ex);
				}
			}
		}
	}

	/** Types into the field once it takes input, and waits until it holds the text. */
	private static void type(WebDriver page, By field, String text) {
		WebElement input = wait(page, 20).until(ExpectedConditions.elementToBeClickable(field));
		input.clear();
		input.sendKeys(text);
		wait(page, 5).until(shown -> text.equals(shown.findElement(field).getDomProperty("value")));
	}

	private static WebDriverWait wait(WebDriver page, int seconds) {
		return new WebDriverWait(page, Duration.ofSeconds(seconds));
	}

}
