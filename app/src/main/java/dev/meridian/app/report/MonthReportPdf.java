package dev.meridian.app.report;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.core.coach.budget.BudgetLine;
import dev.meridian.core.coach.report.MerchantTotal;
import dev.meridian.core.coach.report.MonthReport;
import dev.meridian.core.domain.RecurringSeries;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Writes a month report as a PDF: summary, spending by category against budget with bars, top merchants, subscriptions. */
public final class MonthReportPdf {

    private static final float[] BUDGET_COLUMNS = {0, 150, 235, 320, 405};
    private static final float[] MERCHANT_COLUMNS = {0, 250, 350};
    private static final float[] SUBSCRIPTION_COLUMNS = {0, 200, 290, 380};

    private final MoneyFormat money;

    public MonthReportPdf(MoneyFormat money) {
        this.money = money;
    }

    public void write(MonthReport report, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Meridian monthly report " + report.budgets().month());
            info.setCreator("Meridian");
            doc.setDocumentInformation(info);
            try (PdfPageWriter out = new PdfPageWriter(doc)) {
                out.title("Monthly report " + report.budgets().month());
                out.line("Income: " + money.format(report.income()) + "     Spent: " + money.format(report.spent()));
                out.heading("Spending by category");
                out.row(BUDGET_COLUMNS, new String[] {"Category", "Budget", "Spent", "Remaining", "Progress"}, true);
                for (BudgetLine l : report.budgets().lines()) {
                    out.row(BUDGET_COLUMNS, new String[] {l.category().name(), money.format(l.available()), money.format(l.spent()),
                            money.format(l.remaining()), ""}, false);
                    out.barOnLastRow(BUDGET_COLUMNS[4], out.width() - BUDGET_COLUMNS[4], l.progress());
                }
                out.heading("Top merchants");
                out.row(MERCHANT_COLUMNS, new String[] {"Merchant", "Spent", "Charges"}, true);
                for (MerchantTotal m : report.topMerchants()) {
                    out.row(MERCHANT_COLUMNS, new String[] {m.merchant(), money.format(m.spent()), String.valueOf(m.charges())}, false);
                }
                out.heading("Subscriptions");
                out.row(SUBSCRIPTION_COLUMNS, new String[] {"Service", "Cadence", "Amount", "Next"}, true);
                for (RecurringSeries s : report.subscriptions()) {
                    out.row(SUBSCRIPTION_COLUMNS, new String[] {s.payee(), s.cadence().name().toLowerCase(), money.format(s.expectedAmount().abs()),
                            s.nextDate() == null ? "" : s.nextDate().toString()}, false);
                }
            }
            doc.save(file.toFile());
        }
    }
}
