package org.communityops.dashboard;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.communityops.testing.Prerequisite;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium through the system's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs); other
 * paths through {@code -Dchromium.binary} and {@code -Dchromium.driver}. Nothing is
 * downloaded: without the browser the test is skipped, or fails under CI
 * ({@link Prerequisite}), naming what to install.
 */
public final class Chromium {

	private static final Executable BINARY = new Executable("chromium.binary", "/usr/bin/chromium");

	private static final Executable DRIVER = new Executable("chromium.driver", "/usr/bin/chromedriver");

	private Chromium() {
	}

	/**
	 * @param downloads where downloads go, without asking
	 */
	public static ChromeDriver start(Path downloads) {
		String missing = missing();
		if (missing != null) {
			throw Prerequisite.missing(missing);
		}
		ChromeOptions options = new ChromeOptions().setBinary(BINARY.file())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1400,1000");
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		ChromeDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.file()).usingAnyFreePort().build(),
				options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return browser;
	}

	/** What is missing to start the browser, or null. */
	private static String missing() {
		String binary = BINARY.missing();
		return binary != null ? binary : DRIVER.missing();
	}

	/**
	 * On a browser test class: skips it (fails it under CI) before its application starts
	 * without the browser.
	 */
	public static final class Installed implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return Prerequisite.condition(missing());
		}

	}

	private record Executable(String property, String fallback) {

		File file() {
			return new File(System.getProperty(property, fallback));
		}

		String missing() {
			return file().canExecute() ? null
					: "No executable " + file() + " for the browser tests: install Debian's chromium and "
							+ "chromium-driver (.ci/run does), or set -D" + property + "=<path>";
		}

	}

}
