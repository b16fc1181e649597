package dev.meridian.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.core.coach.report.MonthReport;
import dev.meridian.core.coach.report.MonthReportBuilder;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthReportExportTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    @TempDir Path dir;

    private static MonthReport report() {
        List<Category> categories = List.of(new Category(1, "Dining Out", null, CategoryKind.EXPENSE, BudgetGroup.WANTS),
                new Category(2, "Salary", null, CategoryKind.INCOME, null));
        List<Transaction> txns = List.of(
                Transaction.cash(1, TransactionType.WITHDRAWAL, LocalDate.of(2026, 11, 3), Money.of("-42.50", "USD"), "Café \"Zürich\", Ltd", null, 1L),
                Transaction.cash(1, TransactionType.WITHDRAWAL, LocalDate.of(2026, 11, 9), Money.of("-17.50", "USD"), "寿司 Bar", null, 1L),
                Transaction.cash(1, TransactionType.DEPOSIT, LocalDate.of(2026, 11, 25), Money.of("3000", "USD"), "Employer", null, 2L));
        List<Budget> budgets = List.of(new Budget(1, 1, Money.of("100", "USD"), YearMonth.of(2026, 1), null, false));
        List<RecurringSeries> series = List.of(new RecurringSeries(1, "Spotify", 1L, 1L, Cadence.MONTHLY, Money.of("-11.99", "USD"),
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 3), true, RecurringStatus.CONFIRMED));
        return new MonthReportBuilder().build(MONTH, "USD", txns, categories, budgets, series, 10);
    }

    /** What the export left in the folder: the target only, no temporary file. */
    private List<Path> onlyFiles() throws Exception {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void csvHasTheThreeSectionsAndQuotesFieldsThatNeedIt() throws Exception {
        Path file = dir.resolve("report.csv");
        new ReportExport(new MoneyFormat(Locale.US)).write(report(), ReportExport.Format.CSV, file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains("Income,3000.00\r\n").contains("Spent,60.00\r\n")
                .contains("Dining Out,WANTS,100.00,60.00,40.00,60\r\n")
                .contains("\"Café \"\"Zürich\"\", Ltd\",42.50,1\r\n")
                .contains("Spotify,MONTHLY,11.99,2026-12-03\r\n");
        assertThat(onlyFiles()).containsExactly(file);
    }

    @Test
    void pdfHoldsTheReportAndReplacesWhatItsFontCannotShow() throws Exception {
        Path file = dir.resolve("report.pdf");
        new ReportExport(new MoneyFormat(Locale.US)).write(report(), ReportExport.Format.PDF, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Meridian monthly report 2026-11");
            assertThat(text).contains("Monthly report 2026-11").contains("Dining Out").contains("$100.00")
                    .contains("Café \"Zürich\", Ltd").contains("?? Bar").contains("Spotify").contains("Top merchants");
        }
        assertThat(onlyFiles()).containsExactly(file);
    }
}
