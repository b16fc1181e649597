package dev.meridian.app.report;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.core.coach.report.MonthReport;
import dev.meridian.core.coach.report.MonthReportCsv;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a month report to a file as CSV or PDF, through a temporary file so a failed export leaves no half file. */
public final class ReportExport {

    public enum Format { CSV, PDF }

    private final MoneyFormat money;

    public ReportExport(MoneyFormat money) {
        this.money = money;
    }

    public void write(MonthReport report, Format format, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".meridian-report-", ".tmp");
        try {
            if (format == Format.CSV) {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    new MonthReportCsv().write(report, w);
                }
            } else {
                new MonthReportPdf(money).write(report, temp);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
