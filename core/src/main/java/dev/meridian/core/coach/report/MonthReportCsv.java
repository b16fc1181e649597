package dev.meridian.core.coach.report;

import dev.meridian.core.coach.budget.BudgetLine;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.money.Money;
import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;

/**
 * Writes a month report as CSV (RFC 4180: comma separated, fields with comma, quote or line break
 * quoted, quotes doubled). Three sections, each with its own header row, separated by an empty line.
 */
public final class MonthReportCsv {

    public void write(MonthReport report, Writer out) throws IOException {
        out.write("Month," + report.budgets().month() + "\r\n");
        out.write("Income," + plain(report.income()) + "\r\n");
        out.write("Spent," + plain(report.spent()) + "\r\n\r\n");
        out.write("Category,Group,Budget,Spent,Remaining,Progress %\r\n");
        for (BudgetLine l : report.budgets().lines()) {
            String group = l.category().group() == null ? "" : l.category().group().name();
            String progress = Double.isFinite(l.progress()) ? String.valueOf(Math.round(l.progress() * 100)) : "";
            row(out, l.category().name(), group, plain(l.available()), plain(l.spent()), plain(l.remaining()), progress);
        }
        out.write("\r\nMerchant,Spent,Charges\r\n");
        for (MerchantTotal m : report.topMerchants()) row(out, m.merchant(), plain(m.spent()), String.valueOf(m.charges()));
        out.write("\r\nSubscription,Cadence,Amount,Next date\r\n");
        for (RecurringSeries s : report.subscriptions()) {
            row(out, s.payee(), s.cadence().name(), plain(s.expectedAmount().abs()), s.nextDate() == null ? "" : s.nextDate().toString());
        }
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.write(',');
            out.write(quote(fields[i]));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String plain(Money m) {
        return m.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
