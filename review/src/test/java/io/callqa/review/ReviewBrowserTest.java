package io.callqa.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inspectors' and leads' work in real headless Chromium: sign in, the queue, a flagged call
 * with its findings highlighted, the recording jumped to a finding, a false positive marked, an
 * appeal filed by the team supervisor and ruled by a QA lead, then the server restarted: every
 * decision and audit entry is still there. Screenshots go to target/screenshots.
 * Skipped without Debian's chromium and chromium-driver unless CALLQA_REQUIRE_BROWSER=1 (as in CI).
 */
class ReviewBrowserTest {
    static final Path SHOTS = Path.of("target/screenshots").toAbsolutePath();
    @TempDir Path state;
    ReviewServer server;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
        if (!present && "1".equals(System.getenv("CALLQA_REQUIRE_BROWSER"))) throw new AssertionError("chromium/chromedriver missing but CALLQA_REQUIRE_BROWSER=1");
        assumeTrue(present, "skipped: apt-get install chromium chromium-driver fonts-wqy-zenhei");
        server = ReviewFixture.server(state);
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--window-size=1400,1000", "--autoplay-policy=no-user-gesture-required", "--lang=zh-CN");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), o);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private void signIn(String name) {
        browser.get(url("/login"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(name + "-pw");
        submit(browser.findElement(By.id("sign-in")));
    }

    /** Clicks a button that submits a form and waits for the next page, so nothing is read from the old one. */
    private void submit(WebElement button) {
        button.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // Chromium reports a node of the old page as stale, or as "not in the document": either way it is gone.
        wait.until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void signOut() {
        submit(browser.findElement(By.cssSelector("form[action='/logout'] button")));
    }

    private void shot(String name) throws Exception {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private WebElement card(String ruleId) {
        return browser.findElements(By.cssSelector(".card.hit")).stream()
                .filter(c -> c.getAttribute("data-key").startsWith(ruleId + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + ruleId + " on " + browser.getCurrentUrl() + ":\n"
                        + browser.findElement(By.tagName("body")).getText()));
    }

    @Test
    void reviewAFlaggedCallAppealAndRestart() throws Exception {
        signIn("insp");
        assertTrue(browser.getCurrentUrl().endsWith("/queue"), browser.getCurrentUrl());
        List<WebElement> rows = browser.findElements(By.cssSelector("#queue tr.red td:first-child a"));
        List<String> red = rows.stream().map(WebElement::getText).toList();
        assertTrue(red.containsAll(List.of("col-0002", "svc-0002", "rec-0001")), "red lines first: " + red);
        shot("queue.png");

        // A flagged transcript: every finding's words are highlighted in the transcript.
        submit(browser.findElement(By.linkText("svc-0002")));
        List<WebElement> marks = browser.findElements(By.cssSelector(".transcript mark.hit"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("听不懂")), "the rude words are marked");
        assertTrue(browser.findElement(By.id("no-audio")).getText().contains("仅有转写"));
        shot("call-transcript.png");
        WebElement rude = card("ALL-RUDE-01");
        rude.findElement(By.name("reason")).sendKeys("客户要求复述，坐席语气正常");
        submit(rude.findElement(By.cssSelector("button[value='false_positive']")));
        assertTrue(card("ALL-RUDE-01").findElement(By.cssSelector(".verdict.false_positive")).getText().contains("误报"));

        // A flagged recording: the player jumps to the finding.
        browser.get(url("/calls/rec-0001"));
        WebElement seek = card("SITE-DEADAIR-RED").findElement(By.cssSelector("button.seek"));
        long startMs = Long.parseLong(seek.getAttribute("data-ms"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return document.getElementById('audio').readyState")).intValue() >= 1);
        seek.click();
        double at = ((Number) ((JavascriptExecutor) browser).executeScript("return document.getElementById('audio').currentTime")).doubleValue();
        assertEquals(startMs / 1000.0, at, 0.5, "the player is at the finding");
        assertTrue(card("SITE-DEADAIR-RED").getAttribute("class").contains("current"));
        shot("call-audio.png");
        signOut();

        // The team supervisor appeals the red line; a QA lead upholds the appeal.
        signIn("sup");
        browser.get(url("/calls/rec-0001"));
        WebElement appeal = card("SITE-DEADAIR-RED");
        appeal.findElement(By.name("reason")).sendKeys("静音期间坐席按流程查询系统，已告知客户稍等");
        submit(appeal.findElement(By.cssSelector("form[action$='/appeal'] button")));
        assertTrue(card("SITE-DEADAIR-RED").findElement(By.cssSelector(".appeal")).getText().contains("待裁定"));
        signOut();
        signIn("lead");
        browser.get(url("/calls/rec-0001"));
        WebElement ruling = card("SITE-DEADAIR-RED");
        ruling.findElement(By.name("ruling")).sendKeys("录音可听到告知等待，按细则免责");
        submit(ruling.findElement(By.cssSelector("button[value='upheld']")));
        assertTrue(card("SITE-DEADAIR-RED").findElement(By.cssSelector(".appeal")).getText().contains("申诉成立"));
        assertTrue(card("SITE-DEADAIR-RED").findElement(By.cssSelector(".verdict")).getText().contains("误报"));
        browser.get(url("/audit"));
        int entries = browser.findElements(By.cssSelector("#audit tr")).size() - 1;
        shot("audit.png");

        // Restart the server on the same state: every decision and audit entry is still there.
        server.close();
        server = ReviewFixture.server(state);
        signIn("lead");
        browser.get(url("/calls/svc-0002"));
        assertTrue(card("ALL-RUDE-01").findElement(By.cssSelector(".verdict.false_positive")).getText().contains("误报"));
        browser.get(url("/calls/rec-0001"));
        assertTrue(card("SITE-DEADAIR-RED").findElement(By.cssSelector(".appeal")).getText().contains("申诉成立"));
        browser.get(url("/audit"));
        int after = browser.findElements(By.cssSelector("#audit tr")).size() - 1;
        assertTrue(after >= entries + 3, "the audit log kept its " + entries + " entries and added the new views and sign-in: " + after);
        browser.get(url("/rules"));
        assertTrue(browser.findElement(By.id("precision")).getText().contains("ALL-RUDE-01"));
        shot("rule-precision.png");
    }

    @Test
    void complianceSearchesTranscripts() throws Exception {
        signIn("comp");
        browser.get(url("/search"));
        browser.findElement(By.id("q")).sendKeys("\"自己去网点\" OR \"后果自负\"");
        submit(browser.findElement(By.id("search")));
        List<String> calls = browser.findElements(By.cssSelector("#results td:first-child a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("col-0002", "svc-0002"), calls.stream().sorted().toList());
        assertFalse(browser.findElements(By.cssSelector("#results mark.hit")).isEmpty());
        shot("search.png");
    }

    @Test
    void productTeamsSeeTheVocDashboard() throws Exception {
        signIn("prod");
        assertTrue(browser.getCurrentUrl().endsWith("/voc"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("top-topics")).isEmpty());
        assertTrue(browser.findElements(By.linkText("复核队列")).isEmpty(), "no queue in a product user's menu");
        shot("voc.png");
    }
}
