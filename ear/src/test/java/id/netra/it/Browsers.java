package id.netra.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's chromium, headless, through chromium-driver; screenshots under target/screenshots. */
final class Browsers {

  static final Path SHOTS =
      Path.of(System.getProperty("netra.test.screenshots", "target/screenshots"));

  private Browsers() {}

  static ChromeDriver chromium() throws Exception {
    Files.createDirectories(SHOTS);
    String driver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(driver))) {
      throw new IllegalStateException(
          "The browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
              + " chromium-driver); .ci/run installs them.");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("netra.test.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
    ChromeDriver browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(),
            options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return browser;
  }

  static void shot(ChromeDriver browser, String name) throws Exception {
    File f = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
