package dev.meridian.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.imports.csv.CsvReader;
import dev.meridian.core.imports.csv.CsvRecord;
import dev.meridian.core.imports.csv.Delimiters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParsingTest {

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaksAndKeepTheirStartLine() {
        String text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n";
        List<CsvRecord> records = new CsvReader(text, ',').readAll();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).fields()).containsExactly("last", "", "");
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItStartsOn() {
        String text = "a,b\n1,2\n3,\"never closed\n4,5\n";
        assertThatThrownBy(() -> new CsvReader(text, ',').readAll())
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("Line 3")
                .hasMessageContaining("never closed");
    }

    @Test
    void sniffsCommaSemicolonAndTab() {
        assertThat(Delimiters.sniff("Date,Payee,Amount\n2024-01-01,\"A; B\",1.00\n")).isEqualTo(',');
        assertThat(Delimiters.sniff("Datum;Empfänger;Betrag\n01.01.2024;A, B;1,00\n")).isEqualTo(';');
        assertThat(Delimiters.sniff("Date\tPayee\tAmount\n2024-01-01\tA, B\t1.00\n")).isEqualTo('\t');
    }

    @Test
    void amountsInBothStylesWithParenthesesSignsAndCurrencySymbols() {
        assertThat(NumberStyle.DOT_DECIMAL.parse("1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(NumberStyle.COMMA_DECIMAL.parse("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(NumberStyle.DOT_DECIMAL.parse("(1,200.00)")).isEqualByComparingTo("-1200");
        assertThat(NumberStyle.DOT_DECIMAL.parse("$25.10")).isEqualByComparingTo("25.10");
        assertThat(NumberStyle.DOT_DECIMAL.parse("-$25.10")).isEqualByComparingTo("-25.10");
        assertThat(NumberStyle.COMMA_DECIMAL.parse("€ -4,80")).isEqualByComparingTo("-4.80");
        assertThat(NumberStyle.COMMA_DECIMAL.parse("12,00-")).isEqualByComparingTo("-12");
        assertThat(NumberStyle.COMMA_DECIMAL.parse("1 234,50 EUR")).isEqualByComparingTo("1234.50");
        assertThat(NumberStyle.DOT_DECIMAL.parse("CHF 1'234.50")).isEqualByComparingTo("1234.50");
        assertThatThrownBy(() -> NumberStyle.DOT_DECIMAL.parse("abc")).hasMessageContaining("'abc' is not an amount");
        assertThatThrownBy(() -> NumberStyle.DOT_DECIMAL.parse("1.234,56")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detectsTheNumberStyleFromValuesThatProveIt() {
        assertThat(NumberStyle.detect(List.of("1.234,56", "4,80"), NumberStyle.DOT_DECIMAL)).isEqualTo(NumberStyle.COMMA_DECIMAL);
        assertThat(NumberStyle.detect(List.of("1,234.56", "3.5"), NumberStyle.COMMA_DECIMAL)).isEqualTo(NumberStyle.DOT_DECIMAL);
        assertThat(NumberStyle.detect(List.of("1,234", "12"), NumberStyle.COMMA_DECIMAL)).isEqualTo(NumberStyle.COMMA_DECIMAL);
    }

    @Test
    void dayMonthOrderIsAmbiguousUntilADayAboveTwelveAppears() {
        DatePatterns.Detection ambiguous = DatePatterns.detect(List.of("03/04/2024", "05/06/2024"));
        assertThat(ambiguous.ambiguous()).isTrue();
        assertThat(ambiguous.candidates()).contains("dd/MM/yyyy", "MM/dd/yyyy");

        DatePatterns.Detection dayFirst = DatePatterns.detect(List.of("03/04/2024", "25/06/2024"));
        assertThat(dayFirst.ambiguous()).isFalse();
        assertThat(dayFirst.best()).isEqualTo("dd/MM/yyyy");
        assertThat(DatePatterns.parse("5/3/2024", "dd/MM/yyyy")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(DatePatterns.parse("2023-12-18 14:30:03.613", "yyyy-MM-dd")).isEqualTo(LocalDate.of(2023, 12, 18));
        assertThatThrownBy(() -> DatePatterns.parse("31/02/2024", "dd/MM/yyyy"))
                .hasMessage("'31/02/2024' is not a date in the format dd/MM/yyyy");
    }

    @Test
    void encodingsFromByteOrderMarksUtf8AndTheWindows1252Fallback() {
        DecodedText utf16 = DecodedText.detect(Samples.bytes("fr-bank-utf16.csv"));
        assertThat(utf16.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(utf16.text()).contains("Café Olé").doesNotStartWith("\uFEFF");

        DecodedText latin = DecodedText.detect(Samples.bytes("de-bank-1252.csv"));
        assertThat(latin.charset()).isEqualTo(DecodedText.WINDOWS_1252);
        assertThat(latin.text()).contains("Bäckerei Müller", "Brötchen");

        DecodedText forced = DecodedText.forced(Samples.bytes("de-bank-1252.csv"), StandardCharsets.ISO_8859_1);
        assertThat(forced.detected()).isFalse();
        assertThat(forced.text()).contains("Empfänger");

        DecodedText utf8 = DecodedText.detect("Zürich".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
