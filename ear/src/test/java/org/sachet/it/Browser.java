package org.sachet.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Headless Debian Chromium driven by Selenium, never downloading a browser or driver. Each browser has a
 * fresh profile; {@link #close()} ends both the browser and the driver process.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("sachet.it.screenshots", "target/screenshots"));

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("sachet-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("sachet.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sachet.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile);
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** What the pages' consoles reported as errors since the last call (a refused script among them). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    void open(String path) {
        driver.get(TestServer.BASE_URL + path);
    }

    WebElement find(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** An element that is in the page, shown or not (a file input hidden behind its button, say). */
    WebElement present(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * A wait that looks the element up again whenever an Ajax update replaced it while it was being read
     * (Chromium then answers "stale element" or "node does not belong to the document").
     */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Types into a field, starting again on the new element when an Ajax update replaced it meanwhile. */
    void type(By by, String text) {
        waiting().until(d -> {
            WebElement input = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            if (input == null) {
                return false;
            }
            input.clear();
            input.sendKeys(text);
            return true;
        });
    }

    /** Clicks an element once it can be clicked, looking it up again when an Ajax update replaced it. */
    void click(By by) {
        openMenuFor(by);
        waiting().until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            // a label is clicked as a tap on it works: once, on the label. WebDriver clicks the middle of the label's
            // box, which Chromium 150 answered for a label beside its checkbox with no toggle, or two (the checkbox
            // stayed as it was); and a retry after an error would toggle it again
            if ("label".equalsIgnoreCase(element.getTagName())) {
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
                return true;
            }
            // in the middle of the window first: a button at the window's lower edge, scrolled to by WebDriver itself,
            // was sometimes not pressed at all (Chromium 150; the sessions form's save after its confirm box)
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
            element.click();
            return true;
        });
    }

    /** On a phone the menu is folded: an item of it is reached as a person does, through the "Menu" button. */
    private void openMenuFor(By by) {
        List<WebElement> found = driver.findElements(by);
        if (found.size() == 1 && !found.get(0).isDisplayed()
                && !found.get(0).findElements(By.xpath("ancestor::nav[@id='siteMenu']")).isEmpty()) {
            driver.findElements(By.cssSelector("label.menu-button")).stream().filter(WebElement::isDisplayed)
                    .findFirst().ifPresent(WebElement::click);
        }
    }

    /** Waits for the page's confirm box and answers OK, giving back what it asked. */
    String acceptConfirm() {
        org.openqa.selenium.Alert alert = waiting().until(ExpectedConditions.alertIsPresent());
        String asked = alert.getText();
        alert.accept();
        return asked;
    }

    /** Picks an option of a select list once it is enabled (the place picker redraws its lists by Ajax). */
    void choose(String selectId, String optionLabel) {
        try {
            chooseAndWaitForRedraw(selectId, optionLabel);
        } catch (org.openqa.selenium.TimeoutException e) {
            List<String> offered = driver.findElements(By.cssSelector("[id='" + selectId + "'] option")).stream()
                    .map(WebElement::getText).toList();
            throw new AssertionError("could not choose " + optionLabel + " in " + selectId + " of " + driver.getCurrentUrl()
                    + "; it offered " + offered + "; the page shows:\n" + pageText(), e);
        }
    }

    private void chooseAndWaitForRedraw(String selectId, String optionLabel) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement select = d.findElement(By.id(selectId));
                    if (!select.isEnabled()) {
                        return false;
                    }
                    new org.openqa.selenium.support.ui.Select(select).selectByVisibleText(optionLabel);
                    return true;
                });
        // the Ajax answer redraws the picker with the choice kept
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> optionLabel.equals(new org.openqa.selenium.support.ui.Select(d.findElement(By.id(selectId)))
                        .getFirstSelectedOption().getText()));
    }

    /** Picks the first option of a select list whose label contains a text (a label with a code in it, say). */
    void chooseContaining(String selectId, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement select = d.findElement(By.id(selectId));
                    for (WebElement option : select.findElements(By.tagName("option"))) {
                        if (option.getText().contains(text)) {
                            new org.openqa.selenium.support.ui.Select(select)
                                    .selectByValue(option.getAttribute("value"));
                            return true;
                        }
                    }
                    return false;
                });
    }

    /**
     * Picks a place down to a ward in a place picker ({@code picker} + Province, District, LocalLevel, Ward: a
     * venue's, a school's), each list once the one before has redrawn it.
     */
    void choosePlace(String picker, String province, String district, String localLevel, String ward) {
        choose(picker + "Province", province);
        choose(picker + "District", district);
        choose(picker + "LocalLevel", localLevel);
        choose(picker + "Ward", ward);
    }

    /** Adds a venue on the venues page, as its signed-in field staff do, and waits for it in the list. */
    void addVenue(String type, String name, String province, String district, String localLevel, String ward) {
        click(By.id("menuVenues"));
        choose("newVenue:type", type);
        type(By.id("newVenue:name"), name);
        choosePlace("newVenue:place", province, district, localLevel, ward);
        click(By.id("newVenue:create"));
        waitForText(By.id("venues"), name);
    }

    /** Types into a field, presses a button and waits for the message that answers it. */
    void submitExpecting(By field, String text, By button, String message) {
        type(field, text);
        click(button);
        waitForText(By.id("messages"), message);
    }

    /** Chooses a file in a page's import form and presses "Check the file". */
    void checkImport(Path file) {
        present(By.id("importForm:file")).sendKeys(file.toString());
        click(By.id("importForm:check"));
    }

    /** Waits for a text; on a timeout the failure says what the page showed instead. */
    void waitForText(By by, String text) {
        try {
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" did not appear in " + by + "; the page shows:\n" + pageText(), e);
        }
    }

    /** An element's text, read again when an Ajax update replaced the element while it was being read. */
    String text(By by) {
        return waiting().until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            return element == null ? null : element.getText();
        });
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Cuts the page off the network, or gives it back, as Chromium's developer tools do. */
    void offline(boolean offline) {
        org.openqa.selenium.chromium.ChromiumNetworkConditions conditions =
                new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((ChromeDriver) driver).setNetworkConditions(conditions);
    }

    /**
     * A window of this size. Chromium's windows are 500 px wide at least: a phone's width is emulated, as a
     * viewport of that width (not as a "mobile" device, whose zoom-out of a page wider than the screen would
     * move WebDriver's clicks off their elements).
     */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(Math.max(width, 500), height));
        if (width < 500) {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                    "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        } else {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    /** A signed-in session's cookie, for a test's own HTTP client to fetch signed-in pages as they are sent. */
    static String signedInCookie(String username, String password) {
        try (Browser browser = new Browser()) {
            browser.signInAs(username, password);
            return browser.sessionCookie();
        }
    }

    /** The browser's session cookie, to fetch what it may fetch (a PDF, a file) with the test's own HTTP client. */
    String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    WebDriver driver() {
        return driver;
    }

    /** Brings an element into view, e.g. before a screenshot of the part of the page that matters. */
    void scrollTo(By by) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                present(by));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void signIn(String username, String password) {
        open("/login.xhtml");
        type(By.id("signInForm:username"), username);
        type(By.id("signInForm:password"), password);
        click(By.id("signInForm:signInButton"));
    }

    /** Signs in and waits until the page says who is signed in. */
    void signInAs(String username, String password) {
        signIn(username, password);
        // in the menu, which a phone folds: there, not necessarily shown
        waiting().until(d -> d.findElements(By.id("signedInUser")).stream()
                .anyMatch(e -> username.equals(e.getAttribute("textContent"))));
    }

    /** Switches the signed-in account to English if another test left it in Nepali (the choice is kept). */
    void inEnglish() {
        if (!driver.findElements(By.id("switchEnglish")).isEmpty()) {
            click(By.id("switchEnglish"));
            // the English page's own button, not the Nepali one's absence: between two documents there is neither,
            // and a page opened then would stop the switch on its way
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("switchNepali")).isEmpty());
        }
    }

    /** Switches the signed-in account to Nepali and waits for the page to come back in it. */
    void inNepali() {
        if (!driver.findElements(By.id("switchNepali")).isEmpty()) {
            click(By.id("switchNepali"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("switchEnglish")).isEmpty());
        }
    }

    /** Signs in as the administrator and creates an account through the form, with one role and one district. */
    void createAccount(String username, String name, String password, String role,
                       String province, String district) {
        signIn("admin", TestServer.ADMIN_PASSWORD);
        waitForText(By.id("signedInUser"), "admin");
        open("/admin/account.xhtml");
        type(By.id("accountForm:username"), username);
        type(By.id("accountForm:displayName"), name);
        type(By.id("accountForm:password"), password);
        click(By.xpath("//label[contains(., '" + role + "')]"));
        // the place through the cascading place picker
        choose("accountForm:placePickerProvince", province);
        choose("accountForm:placePickerDistrict", district);
        click(By.id("accountForm:addPlace"));
        waitForText(By.id("accountForm:places"), district + ", " + province);
        screenshot("account-new-" + username);
        click(By.id("accountForm:save"));
        waitForText(By.id("messages"), "Account " + username + " created.");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a left-over temporary profile is harmless
        }
    }
}
