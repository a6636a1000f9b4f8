package dev.saywho.ingest.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's Chromium (headless, through chromedriver) over the web application of the packaged services: analyze
 * the sample article, read its highlighted quotes, reach them with the keyboard, follow a speaker's quote back to its
 * article, search and export. Screenshots go to target/screenshots. Without Chromium the test is skipped with its
 * reason printed, unless SAYWHO_REQUIRE_TOOLS=true (CI) or SAYWHO_REQUIRE_BROWSER=true, which make a missing browser a
 * failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserIT {

    private static final Path SAMPLE = Path.of("../samples/port-tessaly-bridge.txt");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SAYWHO_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("SAYWHO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path DOWNLOADS = Path.of("target/browser-downloads").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private SaywhoServices services;
    /**
     * The tests drive pages through WebDriver alone; Selenium's warning that it has no DevTools bindings for this
     * Chromium version concerns a feature they never use. Held in a field: JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private ChromeDriver browser;
    private WebDriverWait wait;
    /** The article the first test analyzed; the later tests read it. */
    private String articleUrl;
    /** Why every test is skipped (no browser), so each is reported skipped with it; null when the browser runs. */
    private String skipReason;

    @BeforeAll
    void startServicesAndBrowser() throws Exception {
        String missing =
                Stream.of(CHROMIUM, CHROMEDRIVER)
                        .filter(p -> !Files.isExecutable(p))
                        .map(Path::toString)
                        .toList()
                        .stream()
                        .reduce((a, b) -> a + " and " + b)
                        .orElse(null);
        if (missing != null) {
            String reason = "Browser tests need Debian's chromium and chromium-driver: " + missing
                    + " not found (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("SAYWHO_REQUIRE_TOOLS"))
                    || "true".equalsIgnoreCase(System.getenv("SAYWHO_REQUIRE_BROWSER"))) {
                fail(reason + "; SAYWHO_REQUIRE_TOOLS=true (CI: every tool provided) makes this a failure");
            }
            System.out.println("[WARNING] WebAppBrowserIT SKIPPED: " + reason);
            skipReason = reason;
            return;
        }
        Path workDir = Path.of("target/e2e-browser");
        services = SaywhoServices.start(workDir);
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        browser = startChromium(workDir);
        wait = new WebDriverWait(browser, WAIT);
    }

    @BeforeEach
    void skipWithoutBrowser() {
        Assumptions.assumeTrue(skipReason == null, () -> skipReason);
    }

    private static ChromeDriver startChromium(Path workDir) throws IOException {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine has no internet: background networking would only fill the log with refused connections.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(workDir.toAbsolutePath(), "chromium-profile"));
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    @Order(1)
    void analyzeTheSampleAndSeeItsQuotesHighlightedWithTheirSpeakers() throws Exception {
        browser.get(services.ingestUrl() + "/");
        browser.findElement(By.linkText("Analyze an article")).click();
        wait.until(ExpectedConditions.urlContains("/analyze"));
        // A line of its own keeps the article new on a database earlier runs filled.
        String text = Files.readString(SAMPLE) + "\n\nFiled for the browser test " + System.nanoTime() + ".";
        browser.findElement(By.id("content")).sendKeys(text);
        browser.findElement(By.id("title")).sendKeys("Port Tessaly Council Delays Vote on Harbour Bridge");
        browser.findElement(By.id("source")).sendKeys("browser-test");
        browser.findElement(By.id("publishedAt")).sendKeys("03042026");
        browser.findElement(By.cssSelector("form.analyze button[type=submit]")).click();

        wait.until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        articleUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Port Tessaly Council Delays Vote on Harbour Bridge");
        List<WebElement> marks = browser.findElements(By.cssSelector("mark.quote"));
        assertThat(marks).hasSizeGreaterThanOrEqualTo(5);
        WebElement contract = markStartingWith("We will not sign a contract");
        assertThat(contract.getAttribute("data-speaker")).isEqualTo("Ilse Varga");
        assertThat(markStartingWith("Nobody wants another decade of ferries").getAttribute("data-speaker"))
                .isEqualTo("Tomas Brel");
        List<String> legend = browser.findElements(By.cssSelector(".speakers h3")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(legend).contains("Ilse Varga", "Tomas Brel");

        WebElement card = cardOf(contract);
        assertThat(card.isDisplayed()).isFalse();
        new Actions(browser).moveToElement(contract).perform();
        wait.until(ExpectedConditions.visibilityOf(card));
        assertThat(card.getText())
                .contains("Ilse Varga", "Role: Mayor", "Kind: direct quotation", "How Saywho decided:")
                .doesNotContain("TRAILING_CUE");
        screenshot("article-page");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Number pageWidth =
                (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue())
                .as("no sideways scrolling on a 390 px phone")
                .isLessThanOrEqualTo(390);
        screenshot("article-page-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    @Order(2)
    void quotesAreReachedWithTabAndShowTheirCardWithAVisibleFocus() {
        browser.get(articleUrl);
        WebElement active = null;
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            active = browser.switchTo().activeElement();
            if (active.getTagName().equals("mark")) {
                break;
            }
        }
        assertThat(active.getTagName()).as("a quotation is reached with Tab").isEqualTo("mark");
        WebElement firstQuote = active;
        assertThat(cardOf(firstQuote).isDisplayed()).isTrue();
        assertThat(firstQuote.getCssValue("outline-style")).isEqualTo("solid");
        screenshot("article-keyboard-focus");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement next = browser.switchTo().activeElement();
        assertThat(next.getTagName()).isEqualTo("mark");
        assertThat(next.getAttribute("id")).isNotEqualTo(firstQuote.getAttribute("id"));
        assertThat(cardOf(firstQuote).isDisplayed()).isFalse();
        assertThat(cardOf(next).isDisplayed()).isTrue();
    }

    @Test
    @Order(3)
    void aSpeakersQuoteLeadsBackToItsPlaceInTheArticleAndBackAndForwardWork() {
        browser.get(articleUrl);
        browser.findElement(By.linkText("Ilse Varga")).click();
        wait.until(ExpectedConditions.urlMatches("/speakers/\\d+$"));
        String speakerUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ilse Varga");
        assertThat(browser.findElement(By.id("roles-title"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("Mayor");
        screenshot("speaker-page");

        WebElement item = browser.findElements(By.cssSelector("li.quote-item")).stream()
                .filter(li -> li.getText().contains("We will not sign a contract"))
                .findFirst()
                .orElseThrow();
        item.findElement(By.linkText("In its article")).click();
        wait.until(ExpectedConditions.urlContains("#q-"));
        String anchor =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement target = browser.findElement(By.id(anchor));
        assertThat(target.getTagName()).isEqualTo("mark");
        assertThat(target.getText()).startsWith("We will not sign a contract");
        assertThat(target.getAttribute("data-speaker")).isEqualTo("Ilse Varga");

        browser.navigate().back();
        wait.until(ExpectedConditions.urlToBe(speakerUrl));
        browser.navigate().forward();
        wait.until(ExpectedConditions.urlContains("#" + anchor));
    }

    @Test
    @Order(4)
    void searchThenExportExactlyTheMatches() throws Exception {
        browser.get(services.ingestUrl() + "/quotes");
        browser.findElement(By.id("speaker")).sendKeys("Tomas Brel");
        browser.findElement(By.id("source")).sendKeys("browser-test");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("speaker=Tomas+Brel"));
        List<String> found = browser.findElements(By.cssSelector("li.quote-item blockquote")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(found)
                .isNotEmpty()
                .anySatisfy(q -> assertThat(q).contains("Nobody wants another decade of ferries"));
        String heading = browser.findElement(By.id("results-title")).getText();
        int total = Integer.parseInt(heading.replaceAll("[^0-9].*$", ""));
        screenshot("search-page");

        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        browser.findElement(By.linkText("CSV")).click();
        Path csv = DOWNLOADS.resolve("quotes.csv");
        new WebDriverWait(browser, WAIT).until(d -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).as("header and one row per match").hasSize(total + 1);
        assertThat(String.join("\n", lines)).contains("Tomas Brel").doesNotContain("Ilse Varga,");
    }

    @Test
    @Order(5)
    void badInputShowsTheProblemInThePage() {
        browser.get(services.ingestUrl() + "/analyze");
        browser.findElement(By.cssSelector("input[name=format][value=html]")).click();
        browser.findElement(By.id("content")).sendKeys("<html><body><nav>Home | Sport | Weather</nav></body></html>");
        browser.findElement(By.cssSelector("form.analyze button[type=submit]")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
        assertThat(problem.getText()).contains("not accepted", "no article text is left after removing boilerplate");
        assertThat(browser.findElement(By.id("content")).getAttribute("value"))
                .contains("<nav>Home | Sport | Weather</nav>");
    }

    @Test
    @Order(6)
    void dashboardChartsTheArticleAndNoPageBrokeItsContentSecurityPolicy() {
        browser.get(services.ingestUrl() + "/?source=browser-test");
        assertThat(browser.findElement(By.id("top-speakers-title"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("Ilse Varga");
        assertThat(browser.findElements(By.cssSelector("svg.timechart rect"))).isNotEmpty();
        screenshot("dashboard");
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console)
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }

    /**
     * The dashboard on a 390 px phone: no sideways scrolling, the recent articles' status in view, the chart's last
     * date label inside the chart and its labels at a readable size.
     */
    @Test
    @Order(7)
    void theDashboardReadsOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(services.ingestUrl() + "/?source=browser-test");
            JavascriptExecutor js = (JavascriptExecutor) browser;
            screenshot("dashboard-phone");
            assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scrolling on a 390 px phone")
                    .isLessThanOrEqualTo(390);
            WebElement status = browser.findElement(By.cssSelector("table.recent .status"));
            assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", status))
                            .doubleValue())
                    .as("the status of a recent article is in view")
                    .isLessThanOrEqualTo(390);
            WebElement chart = browser.findElement(By.cssSelector("svg.timechart"));
            List<WebElement> labels = chart.findElements(By.cssSelector("text.axis-label"));
            WebElement lastLabel = labels.get(labels.size() - 1);
            double chartRight = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", chart))
                    .doubleValue();
            double labelRight = ((Number)
                            js.executeScript("return arguments[0].getBoundingClientRect().right", lastLabel))
                    .doubleValue();
            assertThat(labelRight)
                    .as("the last date label ends inside the chart")
                    .isLessThanOrEqualTo(chartRight + 0.5);
            double labelHeight = ((Number)
                            js.executeScript("return arguments[0].getBoundingClientRect().height", lastLabel))
                    .doubleValue();
            assertThat(labelHeight)
                    .as("date labels are drawn at least 9 px high")
                    .isGreaterThanOrEqualTo(9.0);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** The attribution service's paste page, with its results, fits a 390 px phone: no sideways scrolling. */
    @Test
    @Order(8)
    void theAttributionPastePageFitsAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(services.attributionUrl() + "/");
            browser.findElement(By.id("run")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quotes tbody tr")));
            Number pageWidth = (Number)
                    ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            screenshot("attribution-page-phone");
            assertThat(pageWidth.intValue())
                    .as("no sideways scrolling on a 390 px phone")
                    .isLessThanOrEqualTo(390);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /**
     * The lists of articles, speakers and organisations, reached from the header: a click on a column header sorts by
     * it, a second reverses it; each list fits a 390 px phone without sideways scrolling.
     */
    @Test
    @Order(10)
    void theListsSortByTheirColumnsAndFitAPhone() {
        browser.get(services.ingestUrl() + "/");
        browser.findElement(By.cssSelector("header nav"))
                .findElement(By.linkText("Articles"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/articles$"));
        Select source = new Select(browser.findElement(By.id("source")));
        source.selectByValue("browser-test");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("source=browser-test"));
        assertThat(rowTitles("article-list")).contains("Port Tessaly Council Delays Vote on Harbour Bridge");
        browser.findElement(By.cssSelector("#article-list thead"))
                .findElement(By.linkText("Quotes"))
                .click();
        wait.until(ExpectedConditions.urlContains("sort=quotes"));
        assertThat(browser.getCurrentUrl()).contains("source=browser-test", "direction=desc");
        assertThat(browser.findElement(By.cssSelector("#article-list th[aria-sort]"))
                        .getAttribute("aria-sort"))
                .isEqualTo("descending");
        browser.findElement(By.cssSelector("#article-list th[aria-sort] a")).click();
        wait.until(ExpectedConditions.urlContains("direction=asc"));
        assertThat(browser.findElement(By.cssSelector("#article-list th[aria-sort]"))
                        .getAttribute("aria-sort"))
                .isEqualTo("ascending");
        fitsAPhone("articles-phone");

        browser.get(services.ingestUrl() + "/");
        browser.findElement(By.id("top-speakers-title"))
                .findElement(By.xpath(".."))
                .findElement(By.partialLinkText("All speakers"))
                .click();
        wait.until(ExpectedConditions.urlContains("/speakers?sort=quotes"));
        browser.findElement(By.id("prefix")).sendKeys("Ilse");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("prefix=Ilse"));
        // the filter keeps the sort the list had
        assertThat(browser.getCurrentUrl()).contains("sort=quotes");
        assertThat(rowTitles("speaker-list")).contains("Ilse Varga");
        browser.findElement(By.cssSelector("#speaker-list tbody"))
                .findElement(By.linkText("Ilse Varga"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/speakers/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ilse Varga");
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("prefix=Ilse"));
        fitsAPhone("speakers-phone");

        browser.get(services.ingestUrl() + "/organisations?q=chamber");
        List<String> organisations = rowTitles("organisation-list");
        assertThat(organisations).anySatisfy(o -> assertThat(o).contains("Chamber of Commerce"));
        browser.findElement(By.cssSelector("#organisation-list thead"))
                .findElement(By.linkText("Organisation"))
                .click();
        wait.until(ExpectedConditions.urlContains("sort=name"));
        fitsAPhone("organisations-phone");
        browser.findElement(By.cssSelector("#organisation-list tbody th a")).click();
        wait.until(ExpectedConditions.urlContains("/quotes?organization="));
        assertThat(browser.findElements(By.cssSelector("li.quote-item"))).isNotEmpty();
    }

    @Test
    @Order(11)
    void aQuotationIsFixedFromItsArticleNextToItAndTheFixIsUndone() {
        browser.get(articleUrl);
        WebElement ferries = markStartingWith("Nobody wants another decade of ferries");
        assertThat(ferries.getAttribute("data-speaker")).isEqualTo("Tomas Brel");

        // the card sits right under the line where the quotation ends, not at the foot of the window
        new Actions(browser).moveToElement(ferries).perform();
        WebElement card = cardOf(ferries);
        wait.until(ExpectedConditions.visibilityOf(card));
        int markBottom = ferries.getRect().getY() + ferries.getRect().getHeight();
        assertThat(card.getRect().getY() - markBottom)
                .as("card just under its quotation")
                .isBetween(-5, 60);

        ferries.click();
        wait.until(ExpectedConditions.urlContains("quote="));
        WebElement editor = browser.findElement(By.id("editor"));
        assertThat(editor.findElement(By.xpath("preceding-sibling::p[1]")).getText())
                .as("the editor follows the paragraph of its quotation")
                .contains("Nobody wants another decade of ferries");
        assertThat(browser.findElement(By.cssSelector("mark.quote.selected")).getText())
                .startsWith("Nobody wants another decade of ferries");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            Number width = (Number)
                    ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            screenshot("article-editor-phone");
            assertThat(width.intValue()).as("the editor fits a 390 px phone").isLessThanOrEqualTo(390);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }

        WebElement speaker = browser.findElement(By.cssSelector("#editor input[name=speaker]"));
        speaker.clear();
        speaker.sendKeys("Ilse Varga");
        WebElement role = browser.findElement(By.cssSelector("#editor input[name=role]"));
        role.clear();
        role.sendKeys("Mayor");
        browser.findElement(By.cssSelector("#editor form.correction button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.urlContains("done=saved"));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).startsWith("Saved");
        assertThat(markStartingWith("Nobody wants another decade of ferries").getAttribute("data-speaker"))
                .isEqualTo("Ilse Varga");
        WebElement change = browser.findElement(By.cssSelector("#history li.change"));
        assertThat(change.getText()).contains("Corrected", "speaker Ilse Varga", "by address:");
        screenshot("article-corrected");

        change.findElement(By.cssSelector("form.undo button")).click();
        wait.until(ExpectedConditions.urlContains("done=undone"));
        assertThat(markStartingWith("Nobody wants another decade of ferries").getAttribute("data-speaker"))
                .isEqualTo("Tomas Brel");
    }

    @Test
    @Order(12)
    void aMissedQuotationIsAddedBySelectingItsWords() {
        browser.get(articleUrl);
        WebElement plain = browser.findElements(By.cssSelector(".article-text p span[data-start]")).stream()
                .filter(span -> span.getText().length() > 40)
                .findFirst()
                .orElseThrow();
        String words = (String) ((JavascriptExecutor) browser)
                .executeScript(
                        "var node = arguments[0].firstChild, range = document.createRange();"
                                + "range.setStart(node, 1); range.setEnd(node, 31);"
                                + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(range);"
                                + "return String(s);",
                        plain);
        wait.until(d -> !d.findElement(By.id("add-start")).getAttribute("value").isEmpty());
        int start = Integer.parseInt(browser.findElement(By.id("add-start")).getAttribute("value"));
        assertThat(start).isEqualTo(Integer.parseInt(plain.getAttribute("data-start")) + 1);
        assertThat(browser.findElement(By.id("add-end")).getAttribute("value")).isEqualTo(String.valueOf(start + 30));
        assertThat(browser.findElement(By.id("selection-preview")).getText()).contains(words.strip());
        browser.findElement(By.cssSelector("#add-quote input[name=speaker]")).sendKeys("Harbour Office");
        new Select(browser.findElement(By.cssSelector("#add-quote select[name=speakerKind]")))
                .selectByValue("ORGANIZATION");
        browser.findElement(By.cssSelector("#add-quote button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("done=added"));
        WebElement added = markStartingWith(words.substring(0, 10));
        assertThat(added.getAttribute("data-speaker")).isEqualTo("Harbour Office");
        assertThat(added.getAttribute("class")).contains("reviewed");
    }

    @Test
    @Order(13)
    void theReviewQueueIsWorkedWithTheKeyboard() {
        browser.get(services.ingestUrl() + "/review");
        List<WebElement> items = browser.findElements(By.cssSelector("li.review-item"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.switchTo().activeElement().getAttribute("data-quote"))
                .as("the first quotation has the focus")
                .isEqualTo(items.get(0).getAttribute("data-quote"));
        screenshot("review-queue");
        new Actions(browser).sendKeys("j").perform();
        String second = items.get(1).getAttribute("data-quote");
        assertThat(browser.switchTo().activeElement().getAttribute("data-quote"))
                .isEqualTo(second);

        new Actions(browser).sendKeys("a").perform();
        wait.until(ExpectedConditions.urlContains("done=reviewed"));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).startsWith("Marked as reviewed");
        assertThat(browser.findElements(By.cssSelector("li.review-item[data-quote='" + second + "']")))
                .as("an accepted quotation leaves the queue")
                .isEmpty();
        assertThat(browser.switchTo().activeElement().getAttribute("class"))
                .as("the focus stays in place, on the next quotation")
                .contains("review-item");

        String current = browser.switchTo().activeElement().getAttribute("data-quote");
        new Actions(browser).sendKeys("e").perform();
        wait.until(ExpectedConditions.urlContains("quote=" + current));
        assertThat(browser.findElement(By.id("editor")).isDisplayed()).isTrue();

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(services.ingestUrl() + "/review");
            Number width = (Number)
                    ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            screenshot("review-queue-phone");
            assertThat(width.intValue()).as("the queue fits a 390 px phone").isLessThanOrEqualTo(390);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(14)
    void twoSpeakersAreMergedFromASpeakerPageAndTheMergeIsUndone() {
        browser.get(articleUrl);
        browser.findElement(By.linkText("Tomas Brel")).click();
        wait.until(ExpectedConditions.urlMatches("/speakers/\\d+$"));
        String tomasUrl = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#merge summary")).click();
        browser.findElement(By.cssSelector("#merge input[name=into]")).sendKeys("Ilse Varga");
        browser.findElement(By.cssSelector("#merge button[type=submit]")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.urlContains("done=merged"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ilse Varga");
        assertThat(browser.findElements(By.cssSelector("li.quote-item")).stream()
                        .map(WebElement::getText))
                .anyMatch(text -> text.contains("Nobody wants another decade of ferries"));
        browser.get(tomasUrl);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("the merged speaker's page is the one it was merged into")
                .isEqualTo("Ilse Varga");
        screenshot("speaker-merged");

        browser.findElements(By.cssSelector("#history li.change")).stream()
                .filter(li -> li.getText().contains("Merged Tomas Brel"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("form.undo button"))
                .click();
        wait.until(ExpectedConditions.urlContains("done=undone"));
        browser.get(tomasUrl);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tomas Brel");
    }

    @Test
    @Order(15)
    void theDashboardSaysWhomTheArticlesQuoteAndLeadsToThoseQuotes() {
        browser.get(services.ingestUrl() + "/");
        WebElement sources = browser.findElement(By.cssSelector("section.sources"));
        assertThat(sources.getText()).contains("Sources: whom the articles quote", "Women's share of people quoted");
        assertThat(sources.findElements(By.cssSelector("svg.sharechart polyline.share")))
                .isNotEmpty();
        assertThat(sources.findElements(By.cssSelector("#source-kinds-title"))).isNotEmpty();
        screenshot("dashboard-sources");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            Number width = (Number)
                    ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            screenshot("dashboard-sources-phone");
            assertThat(width.intValue())
                    .as("the Sources section fits a 390 px phone")
                    .isLessThanOrEqualTo(390);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        browser.get(services.ingestUrl() + "/");
        browser.findElement(By.cssSelector("#source-kinds-title"))
                .findElement(By.xpath(".."))
                .findElement(By.cssSelector("ol.barchart a"))
                .click();
        wait.until(ExpectedConditions.urlContains("sourceKind="));
        assertThat(browser.findElements(By.cssSelector("li.quote-item")))
                .as("the quotes behind a bar")
                .isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).startsWith("Only speakers of");
    }

    private List<String> rowTitles(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody th[scope=row]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The page now shown, at 390 px wide: no sideways scrolling, and its list still there. */
    private void fitsAPhone(String screenshot) {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            Number pageWidth = (Number)
                    ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            screenshot(screenshot);
            assertThat(pageWidth.intValue())
                    .as("no sideways scrolling on a 390 px phone: %s", browser.getCurrentUrl())
                    .isLessThanOrEqualTo(390);
            assertThat(browser.findElements(By.cssSelector("table.listing tbody tr")))
                    .isNotEmpty();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(9)
    void textMeetsWcagAaContrastOnItsOwnBackground() {
        assertContrast(articleUrl, "mark.quote, main a, .hint, .metadata dt, .speaker-role, .status, button");
        assertContrast(
                services.ingestUrl() + "/?source=browser-test",
                "main a, .totals dt, .count, .axis-label, button, label");
        assertContrast(
                services.ingestUrl() + "/quotes?speaker=Varga", "main a, blockquote, .quote-meta, label, button");
    }

    private void assertContrast(String url, String selector) {
        browser.get(url);
        List<WebElement> elements = browser.findElements(By.cssSelector(selector));
        assertThat(elements).as(url).hasSizeGreaterThan(3);
        for (WebElement element : elements) {
            String colour =
                    element.getTagName().equals("text") ? element.getCssValue("fill") : element.getCssValue("color");
            assertThat(contrast(colour, backgroundOf(element)))
                    .as("contrast of %s “%s” on %s", element.getTagName(), element.getText(), url)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** The first opaque background colour of the element or its ancestors (white at the top). */
    private String backgroundOf(WebElement element) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript(
                        "for (var e = arguments[0]; e; e = e.parentElement) {"
                                + " var c = getComputedStyle(e).backgroundColor;"
                                + " if (c && c !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(c)) return c; }"
                                + " return 'rgb(255, 255, 255)';",
                        element);
    }

    /** WCAG 2 contrast ratio of two CSS colours in rgb() or rgba() form. */
    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String cssColour) {
        String[] parts = cssColour.replaceAll("[^0-9.,]", "").split(",", -1);
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private WebElement markStartingWith(String text) {
        return browser.findElements(By.cssSelector("mark.quote")).stream()
                .filter(m -> m.getText().startsWith(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no highlighted quote starting with: " + text));
    }

    private WebElement cardOf(WebElement mark) {
        return browser.findElement(By.id(mark.getAttribute("aria-describedby")));
    }

    private void screenshot(String name) throws RuntimeException {
        try {
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
