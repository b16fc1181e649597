package dev.meridian.core.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.imports.csv.ColumnRef;
import dev.meridian.core.imports.trades.BrokerFormats;
import dev.meridian.core.imports.trades.DegiroFormat;
import dev.meridian.core.imports.trades.GenericTradeFormat;
import dev.meridian.core.imports.trades.GenericTradeMapping;
import dev.meridian.core.imports.trades.TradeFile;
import dev.meridian.core.imports.trades.TradeImportPlanner;
import dev.meridian.core.imports.trades.Trading212Format;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.work.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broker files into a brokerage account of a real H2 file, with instrument lookup and creation. */
class TradeImportTest {

    @TempDir Path dir;
    Database db;
    TransactionRepository transactions;
    InstrumentRepository instruments;
    Account broker;
    Instrument cisco;

    @BeforeEach
    void open() {
        db = Database.openPlain(dir.resolve("vault"));
        transactions = new TransactionRepository(db.dsl());
        instruments = new InstrumentRepository(db.dsl());
        broker = new AccountRepository(db.dsl()).insert(new Account(0, "Broker EUR", AccountType.BROKERAGE, "EUR", null, null, null,
                null, false, null));
        cisco = instruments.insert(new Instrument(0, "CSCO", "Cisco Systems Inc.", AssetClass.STOCK, "XNAS", "USD", "US17275R1023",
                null, null, "America/New_York"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportPreview plan(TradeFile file) {
        return TradeImportPlanner.plan(file, broker, transactions.providerIds(broker.id()),
                new TradeImportPlanner.InstrumentLookup() {
                    @Override public Optional<Instrument> byIsin(String isin) { return instruments.findByIsin(isin); }
                    @Override public Optional<Instrument> bySymbol(String symbol) { return instruments.findBySymbol(symbol); }
                }, "file.csv");
    }

    private ImportResult write(ImportPreview p) {
        return new ImportWriter(db.dsl(), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).write(p, Progress.NONE);
    }

    @Test
    void trading212HistoryBecomesDepositsTradesDividendsAndInterest() {
        String text = Samples.text("trading212.csv");
        assertThat(BrokerFormats.detect(text)).get().isInstanceOf(Trading212Format.class);
        TradeFile file = new Trading212Format().read(text);
        assertThat(file.errors()).isEmpty();
        assertThat(file.ignored()).isEqualTo(1);

        ImportPreview p = plan(file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.newInstruments()).extracting(Instrument::symbol).containsExactly("VICI");
        assertThat(p.newInstruments().getFirst().isin()).isEqualTo("US9256521090");
        write(p);

        List<Transaction> booked = transactions.forAccount(broker.id());
        assertThat(booked).extracting(Transaction::type).containsExactly(TransactionType.DEPOSIT, TransactionType.BUY, TransactionType.BUY,
                TransactionType.SELL, TransactionType.DIVIDEND, TransactionType.INTEREST);
        Transaction buy = booked.get(1);
        assertThat(buy.instrumentId()).isEqualTo(cisco.id());
        assertThat(buy.amount()).isEqualTo(Money.of("-91.57", "EUR"));
        assertThat(buy.quantity()).isEqualByComparingTo("2");
        assertThat(buy.price()).isEqualByComparingTo("49.96");
        assertThat(buy.fee()).isEqualTo(Money.of("0.14", "EUR"));
        assertThat(buy.providerId()).isEqualTo("ref:EOF7504196256");
        assertThat(booked.get(3).amount()).isEqualTo(Money.of("29.08", "EUR"));
        Transaction dividend = booked.get(4);
        assertThat(dividend.amount()).isEqualTo(Money.of("0.61", "EUR"));
        assertThat(dividend.description()).contains("withholding tax 0.12 USD");
        long vici = instruments.findBySymbol("VICI").orElseThrow().id();
        assertThat(booked.get(2).instrumentId()).isEqualTo(vici);

        ImportPreview again = plan(new Trading212Format().read(text));
        assertThat(again.newCount()).isZero();
        assertThat(again.newInstruments()).isEmpty();
    }

    @Test
    void degiroTransactionsByIsinWithPartialFillsOfOneOrder() {
        String text = Samples.text("degiro.csv");
        assertThat(BrokerFormats.detect(text)).get().isInstanceOf(DegiroFormat.class);
        TradeFile file = new DegiroFormat().read(text);
        assertThat(file.errors()).isEmpty();
        ImportPreview p = plan(file);
        assertThat(p.newInstruments()).extracting(Instrument::symbol).containsExactly("US0378331005", "IE00B3RBWM25");
        assertThat(p.newInstruments().getFirst().currency()).isEqualTo("USD");
        assertThat(p.newCount()).isEqualTo(4);
        ImportResult result = write(p);
        assertThat(result.instrumentsCreated()).isEqualTo(2);

        List<Transaction> booked = transactions.forAccount(broker.id());
        assertThat(booked).extracting(t -> t.amount().amount().toPlainString())
                .containsExactly("-1591.92", "-795.46", "-2248.8", "677.51");
        assertThat(booked.getLast().type()).isEqualTo(TransactionType.SELL);
        assertThat(booked.getLast().quantity()).isEqualByComparingTo("4");
        assertThat(booked.getFirst().fee().isEqualTo(Money.of("1.00", "EUR"))).isTrue();

        assertThat(plan(new DegiroFormat().read(text)).newCount()).isZero();

        new ImportUndo(db.dsl()).undo(result.batch().id());
        assertThat(transactions.forAccount(broker.id())).isEmpty();
        assertThat(instruments.all()).extracting(Instrument::symbol).containsExactly("CSCO");
    }

    @Test
    void genericMappingDerivesTheAmountAndRejectsUnknownTypesWithLineAndColumn() {
        String csv = "Date;Type;Symbol;Qty;Price;Fee\n2024-01-02;Kauf;CSCO;10;48,50;1,00\n2024-02-01;Split;CSCO;2;;\n2024-03-01;Gift;CSCO;1;1;\n";
        GenericTradeMapping m = new GenericTradeMapping(';', ColumnRef.named("Date"), "yyyy-MM-dd", ColumnRef.named("Type"),
                ColumnRef.named("Symbol"), null, null, ColumnRef.named("Qty"), ColumnRef.named("Price"), null, ColumnRef.named("Fee"),
                null, null, null, NumberStyle.COMMA_DECIMAL);
        TradeFile file = new GenericTradeFormat(m).read(csv);
        assertThat(file.errors()).extracting(RowError::toString).singleElement().asString()
                .startsWith("Line 4, column 'Type': unknown type 'Gift'");
        assertThat(file.rows()).hasSize(2);
        ImportPreview p = plan(new TradeFile(file.format(), file.rows(), List.of(), 0));
        write(p);
        List<Transaction> booked = transactions.forAccount(broker.id());
        assertThat(booked.getFirst().amount().amount()).isEqualByComparingTo("-486.00");
        assertThat(booked.get(1).type()).isEqualTo(TransactionType.SPLIT);
        assertThat(booked.get(1).amount().isZero()).isTrue();
        assertThat(booked.get(1).date()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void tradesIntoABankAccountAreRefused() {
        Account bank = new AccountRepository(db.dsl()).insert(new Account(0, "Giro", AccountType.BANK, "EUR", null, null, null, null, false, null));
        ImportPreview p = TradeImportPlanner.plan(new DegiroFormat().read(Samples.text("degiro.csv")), bank, java.util.Set.of(),
                new TradeImportPlanner.InstrumentLookup() {
                    @Override public Optional<Instrument> byIsin(String isin) { return Optional.empty(); }
                    @Override public Optional<Instrument> bySymbol(String symbol) { return Optional.empty(); }
                }, "d.csv");
        assertThat(p.hasErrors()).isTrue();
        assertThat(p.errors().getFirst().message()).contains("trades go into a brokerage or crypto account");
    }
}
