package dev.meridian.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.imports.bank.BankStatement;
import dev.meridian.core.imports.bank.CsvBankMapping;
import dev.meridian.core.imports.bank.CsvBankReader;
import dev.meridian.core.imports.bank.CsvMappingGuess;
import dev.meridian.core.imports.bank.StatementLine;
import dev.meridian.core.imports.csv.ColumnRef;
import dev.meridian.core.imports.ofx.OfxReader;
import dev.meridian.core.imports.qif.QifReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankFilesTest {

    @Test
    void ofx1SgmlWithUnclosedTagsAndEntities() {
        BankStatement s = OfxReader.read(Samples.text("bank-ofx1.ofx"));
        assertThat(s.currency()).isEqualTo("USD");
        assertThat(s.accountNumber()).isEqualTo("999988");
        assertThat(s.errors()).isEmpty();
        assertThat(s.lines()).extracting(StatementLine::fitId).containsExactly("20240102-1", "20240105-1", "20240110-1");
        StatementLine salary = s.lines().getFirst();
        assertThat(salary.date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(salary.amount()).isEqualByComparingTo("2500.00");
        assertThat(salary.payee()).isEqualTo("ACME PAYROLL");
        assertThat(salary.memo()).isEqualTo("Salary January");
        assertThat(s.lines().get(1).payee()).isEqualTo("CORNER GROCERY & DELI");
        assertThat(s.lines().get(2).checkNumber()).isEqualTo("1042");
    }

    @Test
    void ofx2XmlCreditCardStatement() {
        BankStatement s = OfxReader.read(Samples.text("bank-ofx2.qfx"));
        assertThat(s.lines()).extracting(StatementLine::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-15.99"), new BigDecimal("-82.45"), new BigDecimal("200.00"));
        assertThat(s.lines().getFirst().date()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(s.lines().getFirst().memo()).isEqualTo("Monthly plan");
    }

    @Test
    void aTruncatedOfxIsRejectedWithItsLine() {
        assertThatThrownBy(() -> OfxReader.read(Samples.text("truncated.ofx")))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("truncated")
                .hasMessageStartingWith("Line 5");
    }

    @Test
    void qifBankWithApostropheYearsCheckNumbersAndSplits() {
        BankStatement s = QifReader.read(Samples.text("bank.qif"), null);
        assertThat(s.errors()).isEmpty();
        assertThat(s.lines()).hasSize(4);
        assertThat(s.lines().get(0).category()).isEqualTo("Groceries");
        assertThat(s.lines().get(1).date()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(s.lines().get(1).amount()).isEqualByComparingTo("1250.00");
        StatementLine split = s.lines().get(2);
        assertThat(split.checkNumber()).isEqualTo("1043");
        assertThat(split.notes()).isEqualTo("Split: Household -60.00 (Paint); Garden -40.00");
        assertThat(split.line()).isEqualTo(13);
    }

    @Test
    void qifSplitsThatDoNotAddUpAreAnErrorOnTheirRecord() {
        String qif = "!Type:CCard\nD01/05/2024\nT-10.00\nPShop\nSA\n$-4.00\nSB\n$-5.00\n^\n";
        BankStatement s = QifReader.read(qif, "MM/dd/yyyy");
        assertThat(s.lines()).isEmpty();
        assertThat(s.errors()).singleElement().hasToString("Line 2, column '$': the splits add up to -9.00 but the total is -10.00");
    }

    @Test
    void usCsvWithBomQuotesEmbeddedNewlineParenthesesAndCurrencySymbol() {
        CsvMappingGuess guess = CsvMappingGuess.of(Samples.text("us-bank.csv"));
        CsvBankMapping m = guess.mapping();
        assertThat(guess.delimiter()).isEqualTo(',');
        assertThat(guess.datesAmbiguous()).isFalse();
        assertThat(m.datePattern()).isEqualTo("MM/dd/yyyy");
        assertThat(m.numberStyle()).isEqualTo(NumberStyle.DOT_DECIMAL);
        BankStatement s = CsvBankReader.read(Samples.text("us-bank.csv"), m);
        assertThat(s.errors()).isEmpty();
        assertThat(s.lines()).extracting(StatementLine::payee)
                .containsExactly("Coffee, Corner Shop", "Coffee, Corner Shop", "Salary \"January\"", "Rent\nFlat 4B", "Refund");
        assertThat(s.lines().get(3).amount()).isEqualByComparingTo("-1200.00");
        assertThat(s.lines().get(4).amount()).isEqualByComparingTo("25.10");
        assertThat(s.lines().get(4).line()).isEqualTo(7);
    }

    @Test
    void germanCsvInWindows1252WithSemicolonsAndDebitCreditColumns() {
        String text = Samples.text("de-bank-1252.csv");
        CsvMappingGuess guess = CsvMappingGuess.of(text);
        CsvBankMapping m = guess.mapping();
        assertThat(guess.delimiter()).isEqualTo(';');
        assertThat(m.numberStyle()).isEqualTo(NumberStyle.COMMA_DECIMAL);
        assertThat(m.debit()).isEqualTo(ColumnRef.at(3));
        assertThat(m.credit()).isEqualTo(ColumnRef.at(4));
        BankStatement s = CsvBankReader.read(text, m);
        assertThat(s.errors()).isEmpty();
        assertThat(s.lines()).extracting(StatementLine::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-4.80"), new BigDecimal("3150.00"), new BigDecimal("-1200.00"));
        assertThat(s.lines().getFirst().payee()).isEqualTo("Bäckerei Müller");
        assertThat(s.lines().getFirst().date()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void utf16CsvWithCommaDecimals() {
        String text = Samples.text("fr-bank-utf16.csv");
        CsvBankMapping m = CsvMappingGuess.of(text).mapping();
        BankStatement s = CsvBankReader.read(text, m);
        assertThat(s.lines()).extracting(StatementLine::payee).containsExactly("Café Olé", "Société Générale");
        assertThat(s.lines().get(1).amount()).isEqualByComparingTo("1000.00");
    }

    @Test
    void badDatesAndAmountsNameLineAndColumn() {
        String text = Samples.text("bad-dates.csv");
        BankStatement s = CsvBankReader.read(text, CsvMappingGuess.of(text).mapping());
        assertThat(s.lines()).hasSize(1);
        assertThat(s.errors()).extracting(RowError::toString).containsExactly(
                "Line 3, column 'Date': date '2024-13-40' is not a date in the format yyyy-MM-dd",
                "Line 4, column 'Amount': amount 'abc' is not an amount (1,234.56)");
    }

    @Test
    void aMappedColumnMissingFromTheFileIsAnError() {
        CsvBankMapping m = new CsvBankMapping(',', true, ColumnRef.named("Booking date"), "yyyy-MM-dd", ColumnRef.named("Amount"),
                null, null, null, null, null, NumberStyle.DOT_DECIMAL);
        BankStatement s = CsvBankReader.read("Date,Amount\n2024-01-01,1.00\n", m);
        assertThat(s.errors()).singleElement().hasToString("Line 1, column 'Booking date': the file has no such column");
    }
}
