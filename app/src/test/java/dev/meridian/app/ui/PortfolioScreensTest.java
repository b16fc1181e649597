package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.dashboard.DashboardController;
import dev.meridian.app.performance.PerformanceController;
import dev.meridian.app.portfolio.DemoBook;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.app.portfolios.HoldingRow;
import dev.meridian.app.portfolios.PortfoliosController;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.LotPnl;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import dev.meridian.core.portfolio.statement.PortfolioStatements;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard, portfolios and performance screens on the demo vault, and their exports. */
@ExtendWith(ApplicationExtension.class)
class PortfolioScreensTest {

    /** One generated demo vault per run, copied for each test: generating it takes a while. */
    private static Path template;
    private static Money expectedNetWorth;

    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = new AppFixture().withCopyOf(template);
        app.start(stage);
    }

    /** Outside {@code @Start}, whose setup has a time limit that generating the demo may exceed. */
    @BeforeAll
    static void demoTemplate() throws Exception {
        Path dir = Files.createTempDirectory("meridian-demo-template-").resolve("vault");
        Vault vault = new VaultFolder(dir).create(AppFixture.PASSWORD.toCharArray(), KdfParams.light()).vault();
        try {
            DemoBook.populate(vault.dsl());
            PortfolioStatements statements = new PortfolioStatements(DemoBook.loader(vault.dsl()).load(), LocalDate.now());
            expectedNetWorth = statements.holdings(statements.all()).total();
        } finally {
            vault.close();
        }
        template = dir;
    }

    @BeforeEach
    void unlock(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        robot.clickOn("#unlock-password").write(AppFixture.PASSWORD).clickOn("#unlock-button");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theDashboardOpensFirstAndShowsNetWorth(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#dashboard-screen");
        assertThat(fx(() -> app.window.workstationProperty().get().shell().model().activeScreenProperty().get()))
                .isInstanceOf(DashboardController.class);
        String expected = new MoneyFormat(Locale.getDefault(Locale.Category.FORMAT)).format(expectedNetWorth);
        AppFixture.waitFor(() -> robot.lookup("#dash-networth").queryAs(Label.class).getText().equals(expected));
        assertThat(expectedNetWorth.signum()).isPositive();
        assertThat(fx(() -> robot.lookup("#dash-movers").queryAs(javafx.scene.layout.VBox.class).getChildren().size())).isEqualTo(5);
    }

    @Test
    void selectingAHoldingShowsLotsThatAddUpToItAndExportsWriteCsvAndPdf(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#dashboard-screen");
        robot.clickOn("#nav-portfolios");
        UnlockScreenTest.waitFor(robot, "#portfolios-screen");
        TableView<HoldingRow> holdings = robot.lookup("#pf-holdings").queryTableView();
        AppFixture.waitFor(() -> !holdings.getItems().isEmpty());
        HoldingRow first = fx(() -> holdings.getItems().getFirst());
        robot.clickOn(first.symbol());
        TableView<LotPnl> lots = robot.lookup("#pf-lots").queryTableView();
        AppFixture.waitFor(() -> !lots.getItems().isEmpty());
        List<LotPnl> shown = fx(() -> List.copyOf(lots.getItems()));
        assertThat(shown).allMatch(l -> l.lot().instrumentId() == first.line().instrument().id());
        assertThat(shown.stream().map(l -> l.lot().quantity()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(first.quantity());
        assertThat(shown.stream().map(l -> l.cost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(first.cost().amount());
        assertThat(shown.stream().map(l -> l.marketValue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(first.value().amount());

        PortfoliosController controller = (PortfoliosController) fx(() -> app.window.workstationProperty().get().shell().model()
                .activeScreenProperty().get());
        HoldingsStatement statement = fx(() -> controller.model().statement().get());
        Path csv = app.root.resolve("holdings.csv");
        fx(() -> {
            controller.exportHoldingsCsv(csv);
            return null;
        });
        AppFixture.waitFor(() -> robot.lookup("#pf-message").queryAs(Label.class).getText().startsWith("Saved"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(statement.lines().size() + 1);
        HoldingLine top = statement.lines().getFirst();
        assertThat(lines.get(1)).startsWith(top.instrument().symbol() + ",").contains("," + top.quantity().toPlainString() + ",")
                .contains("," + top.marketValue().amount().toPlainString() + ",");

        Path pdf = app.root.resolve("report.pdf");
        fx(() -> {
            controller.exportPdf(pdf);
            return null;
        });
        AppFixture.waitFor(() -> robot.lookup("#pf-message").queryAs(Label.class).getText().startsWith("Saved the report"));
        assertPdf(pdf, statement.scope().label(), top.instrument().symbol());
    }

    @Test
    void changingThePeriodRecomputesTheFigures(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#dashboard-screen");
        robot.clickOn("#nav-performance");
        UnlockScreenTest.waitFor(robot, "#performance-screen");
        PerformanceController controller = (PerformanceController) fx(() -> app.window.workstationProperty().get().shell().model()
                .activeScreenProperty().get());
        AppFixture.waitFor(() -> controller.model().figures().get() != null);
        PerformanceFigures oneYear = fx(() -> controller.model().figures().get());
        LocalDate today = oneYear.report().to();
        assertThat(oneYear.report().from()).isEqualTo(today.minusYears(1));

        robot.clickOn("#perf-period-three_months");
        AppFixture.waitFor(() -> controller.model().figures().get() != null
                && controller.model().figures().get().report().from().equals(today.minusMonths(3)));
        PerformanceFigures threeMonths = fx(() -> controller.model().figures().get());
        FigureFormat format = new FigureFormat(Locale.getDefault(Locale.Category.FORMAT));
        AppFixture.waitFor(() -> robot.lookup("#perf-ttwror").queryAs(Label.class).getText()
                .equals(format.percent(threeMonths.report().ttwror(), true)));
        assertThat(threeMonths.report().ttwror()).isNotEqualTo(oneYear.report().ttwror());
        assertThat(fx(() -> robot.lookup("#perf-beta").queryAs(Label.class).getText())).isNotEqualTo(FigureFormat.NONE);

        Path pdf = app.root.resolve("performance.pdf");
        fx(() -> {
            controller.exportPdf(pdf);
            return null;
        });
        AppFixture.waitFor(() -> robot.lookup("#perf-message").queryAs(Label.class).getText().startsWith("Saved the report"));
        assertPdf(pdf, "All portfolios", format.percent(threeMonths.report().ttwror(), true));
    }

    /** A PDF that PDFBox loads back, more than one page, with the texts and at least one image. */
    private static void assertPdf(Path pdf, String... texts) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            for (String t : texts) assertThat(text).contains(t);
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) images++;
                }
            }
            assertThat(images).isGreaterThanOrEqualTo(1);
        }
    }
}
