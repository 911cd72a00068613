import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a page sends over the wire to a phone on a rural link (issue 18): Debian's Chromium at 360×740 with
 * ChromeDriver's network conditions (400 kbit/s down and up, 300 ms round trips), a new profile (empty cache).
 * For each step: the bytes received (the page and everything it loaded: Resource Timing's transferSize, headers
 * included; a redirect's few hundred bytes are not counted) and the seconds from the start of the navigation to
 * the end of the load event. Run by docs/bench/page-weight.sh.
 *
 * <p>Usage: {@code java -cp CLASSPATH PageWeightBench.java BASE_URL USERNAME PASSWORD}
 */
public class PageWeightBench {

    private static final long BYTES_PER_SECOND = 400_000 / 8;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disk-cache-size=104857600");
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 360, "height", 740, "pixelRatio", 2.0), "userAgent",
                "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Mobile Safari/537.36"));
        ChromeDriver browser = new ChromeDriver(options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
            ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
            slow.setLatency(Duration.ofMillis(300));
            slow.setDownloadThroughput((int) BYTES_PER_SECOND);
            slow.setUploadThroughput((int) BYTES_PER_SECOND);
            browser.setNetworkConditions(slow);

            System.out.printf("%-44s %10s %8s  %s%n", "page (phone, 400 kbit/s, 300 ms)", "on wire", "load", "goal");
            browser.get(base + "/login.xhtml");
            report(browser, "sign-in page, first visit (empty cache)", 250, 8);
            browser.findElement(By.id("signInForm:username")).sendKeys(args[1]);
            browser.findElement(By.id("signInForm:password")).sendKeys(args[2]);
            browser.findElement(By.id("signInForm:signInButton")).click();
            waitForLoad(browser);
            report(browser, "home page after signing in (first visit)", 250, 8);
            // the last two: the first page with PrimeFaces (its scripts and theme, once), then another
            for (String later : List.of("/teaching/index.xhtml", "/curriculum/index.xhtml", "/teaching/index.xhtml",
                    "/outreach/sessions.xhtml", "/catalogue/index.xhtml", "/catalogue/index.xhtml?q=safe&type=POSTER",
                    "/calendar/index.xhtml", "/", "/account/index.xhtml", "/outreach/venues.xhtml")) {
                browser.get(base + later);
                report(browser, "then " + later, 30, 0);
            }
            browser.get(base + "/field/");
            report(browser, "then /field/ (offline page, first visit)", 30, 0);
        } finally {
            browser.quit();
        }
    }

    private static void waitForLoad(ChromeDriver browser) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Object done = ((JavascriptExecutor) browser).executeScript(
                    "var n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd > 0;");
            if (Boolean.TRUE.equals(done)) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static void report(ChromeDriver browser, String step, int goalKb, int goalSeconds) throws Exception {
        waitForLoad(browser);
        Thread.sleep(1500); // what loads after the load event (fonts, images further down) is counted too
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "var n = performance.getEntriesByType('navigation')[0];"
                        + "var bytes = n.transferSize;"
                        + "performance.getEntriesByType('resource').forEach(function (r) { bytes += r.transferSize; });"
                        + "return {bytes: bytes, ms: n.loadEventEnd};");
        double kb = ((Number) figures.get("bytes")).doubleValue() / 1024;
        double seconds = ((Number) figures.get("ms")).doubleValue() / 1000;
        String goal = "≤ " + goalKb + " KB" + (goalSeconds > 0 ? ", ≤ " + goalSeconds + " s" : "");
        boolean met = kb <= goalKb && (goalSeconds == 0 || seconds <= goalSeconds);
        System.out.printf("%-44s %7.1f KB %6.1f s  %s: %s%n", step, kb, seconds, goal,
                met ? "met" : String.format("%.0f KB over", kb - goalKb));
    }
}
