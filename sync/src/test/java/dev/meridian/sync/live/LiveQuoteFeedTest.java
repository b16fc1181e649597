package dev.meridian.sync.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.alerts.AlertEngine;
import dev.meridian.core.alerts.AlertFiring;
import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.InstrumentProviderId;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.market.quote.QuoteBoard;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.sync.market.LiveQuoteStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveQuoteFeedTest {

    /** A stream that only records subscriptions; the test pushes ticks through the listener itself. */
    static final class ScriptedStream implements LiveQuoteStream {
        final Set<String> subscribed = new HashSet<>();

        @Override public String provider() { return "binance"; }
        @Override public void subscribe(Set<String> symbols) { subscribed.addAll(symbols); }
        @Override public void unsubscribe(Set<String> symbols) { subscribed.removeAll(symbols); }
        @Override public void close() { subscribed.clear(); }
    }

    @TempDir Path dir;

    @Test
    void mapsProviderSymbolsToInstrumentsAndFeedsBoardAndAlerts() {
        try (Database db = Database.openPlain(dir.resolve("vault"))) {
            InstrumentRepository instruments = new InstrumentRepository(db.dsl());
            Instrument btc = instruments.insert(new Instrument(0, "BTC-USD", "Bitcoin", AssetClass.CRYPTO, null, "USD", null, null, null, "UTC"));
            Instrument eth = instruments.insert(new Instrument(0, "ETH-USD", "Ether", AssetClass.CRYPTO, null, "USD", null, null, null, "UTC"));
            Instrument sol = instruments.insert(new Instrument(0, "SOL-USD", "Solana", AssetClass.CRYPTO, null, "USD", null, null, null, "UTC"));
            instruments.putProviderId(new InstrumentProviderId(btc.id(), "binance", "BTCUSDT"));
            instruments.putProviderId(new InstrumentProviderId(eth.id(), "binance", "ETHUSDT"));

            QuoteBoard board = new QuoteBoard();
            List<AlertFiring> fired = new ArrayList<>();
            AlertEngine alerts = new AlertEngine(fired::add);
            alerts.put(new Alert(1, btc.id(), AlertCondition.PRICE_ABOVE, new BigDecimal("50000"), null, AlertFrequency.ONCE, true, null, null),
                    TradingSession.crypto(), new BarSeries(0));
            List<String> statuses = new ArrayList<>();
            LiveQuoteFeed feed = new LiveQuoteFeed(instruments, board, alerts, (s, d) -> statuses.add(s + " " + d));
            ScriptedStream stream = new ScriptedStream();

            Set<Long> missing = feed.watch(stream, List.of(btc.id(), eth.id(), sol.id()));
            assertThat(missing).containsExactly(sol.id());
            assertThat(stream.subscribed).containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT");

            feed.onTick("binance", "BTCUSDT", 1_000, 49_000, 10);
            feed.onTick("binance", "BTCUSDT", 2_000, 51_000, 12);
            feed.onTick("binance", "ETHUSDT", 2_000, 3_000, 5);
            feed.onTick("binance", "DOGEUSDT", 2_000, 0.1, 5);
            feed.onTick("other", "BTCUSDT", 3_000, 1, 5);
            assertThat(board.quote(btc.id()).orElseThrow().last()).isEqualTo(51_000);
            assertThat(board.quote(eth.id()).orElseThrow().last()).isEqualTo(3_000);
            assertThat(board.size()).isEqualTo(2);
            assertThat(fired).extracting(f -> f.alert().id()).containsExactly(1L);

            feed.watch(stream, List.of(eth.id()));
            assertThat(stream.subscribed).containsExactly("ETHUSDT");
            feed.onTick("binance", "BTCUSDT", 4_000, 1, 1);
            assertThat(board.quote(btc.id()).orElseThrow().last()).as("no longer watched").isEqualTo(51_000);

            feed.onStatus("binance", LiveQuoteStream.StreamStatus.RECONNECTING, "connection dropped");
            assertThat(statuses).containsExactly("RECONNECTING binance: connection dropped");
        }
    }
}
