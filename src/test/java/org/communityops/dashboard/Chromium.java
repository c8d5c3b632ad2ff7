package org.communityops.dashboard;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs); other paths through {@code -Dchromium.binary} and
 * {@code -Dchromium.driver}. Nothing is downloaded: a missing browser fails the test, naming what to install.
 */
public final class Chromium {

	private Chromium() {
	}

	/** @param downloads where downloads go, without asking */
	public static ChromeDriver start(Path downloads) {
		File binary = existing("chromium.binary", "/usr/bin/chromium");
		File driver = existing("chromium.driver", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions().setBinary(binary)
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1400,1000");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		ChromeDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build(), options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return browser;
	}

	private static File existing(String property, String fallback) {
		File file = new File(System.getProperty(property, fallback));
		if (!file.canExecute()) {
			throw new IllegalStateException("No executable " + file + " for the browser tests: install Debian's "
					+ "chromium and chromium-driver (.ci/run does), or set -D" + property + "=<path>");
		}
		return file;
	}

}
