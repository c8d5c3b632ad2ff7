package org.communityops.tasklist;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
		page.get(base(port));
		wait(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[ng-model=username]")))
			.sendKeys(user);
		page.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(user);
		page.findElement(By.cssSelector("button[type=submit]")).click();
		wait(page).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
	}

	static WebDriverWait wait(WebDriver page) {
		return new WebDriverWait(page, Duration.ofSeconds(20));
	}

}
