package org.communityops.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.communityops.testing.DocImages;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the application, signed in through the login form, with waits that
 * outlast the pages' refreshes: the scripts render rows anew every few seconds, so
 * elements are looked up again until they answer.
 */
final class DashboardBrowser implements AutoCloseable {

	final WebDriver page;

	final WebDriverWait wait;

	private final int port;

	DashboardBrowser(int port, Path downloads) {
		this.port = port;
		this.page = Chromium.start(downloads);
		this.wait = new WebDriverWait(page, Duration.ofSeconds(15));
		wait.ignoring(StaleElementReferenceException.class);
	}

	/**
	 * Signs in as the demo user (password = user name) and waits for the element with the
	 * given id.
	 */
	void signIn(String user, String shownId) {
		page.get(url("/"));
		wait.until(ExpectedConditions.urlContains("/login"));
		page.findElement(By.name("username")).sendKeys(user);
		page.findElement(By.name("password")).sendKeys(user);
		page.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id(shownId)));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * The text of the first element matching, once there and not empty (scripts fill the
	 * page's frame).
	 */
	String text(String css) {
		return wait.until(browser -> {
			String text = browser.findElement(By.cssSelector(css)).getText();
			return text.isEmpty() ? null : text;
		});
	}

	void click(String css) {
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
	}

	/**
	 * Saves what the browser shows as {@code docs/images/<name>.png}, the picture the
	 * dashboard's documentation shows.
	 */
	void screenshot(String name) throws IOException {
		DocImages.write(name, ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
	}

	/** A style property of the first element matching, as the browser computed it. */
	String style(String css, String property) {
		return page.findElement(By.cssSelector(css)).getCssValue(property);
	}

	@Override
	public void close() {
		page.quit();
	}

}
