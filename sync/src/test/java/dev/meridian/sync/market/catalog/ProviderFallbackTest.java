package dev.meridian.sync.market.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.TestKit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real providers, each served its vendor-format answers (or faults) by one local server. */
class ProviderFallbackTest {

    private static final Instant FROM = Instant.parse("2024-01-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-01-06T00:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2024-01-08T00:00:00Z"));
    private final Map<String, MockResponse> answers = new java.util.concurrent.ConcurrentHashMap<>();
    private ProviderCatalog catalog;

    @BeforeEach
    void setUp() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                return answers.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(TestKit.body(404, "no route for " + path));
            }
        });
        CredentialLookup keys = id -> id.equals("alphavantage") ? Optional.of("SECRETKEY123") : Optional.empty();
        catalog = ProviderCatalog.create(TestKit.client(), keys, ProviderEndpoints.allAt(server.url("/")), TestKit.resilience(time));
        answers.put("/yahoo-cookie", TestKit.body(404, ""));
        answers.put("/yahoo/v1/test/getcrumb", TestKit.body(200, "crumb"));
    }

    private static Optional<String> symbols(String provider) {
        return Optional.ofNullable(Map.of("yahoo", "AAPL", "alphavantage", "AAPL", "stooq", "aapl.us").get(provider));
    }

    @Test
    void fallsThroughThrottledAndDownProvidersAndSaysWhy() {
        answers.put("/yahoo/v8/finance/chart", TestKit.body(503, "down"));
        answers.put("/alphavantage/query", TestKit.ok("alphavantage/note-per-minute.json"));
        answers.put("/stooq/q/d/l/", TestKit.body(200, TestKit.fixture("stooq/aapl-us-daily.csv")));
        ProviderFallback chain = catalog.fallback(AssetClass.STOCK, List.of("yahoo", "alphavantage", "stooq"));

        var answer = chain.history(ProviderFallbackTest::symbols, Timeframe.D1, FROM, TO);

        assertThat(answer.answeredBy()).isEqualTo("stooq");
        assertThat(answer.value().bars().size()).isEqualTo(4);
        assertThat(answer.passedOver()).extracting(FallbackAttempt::provider).containsExactly("yahoo", "alphavantage");
        assertThat(answer.passedOver()).extracting(FallbackAttempt::kind).containsExactly(Kind.UNAVAILABLE, Kind.RATE_LIMITED);
        assertThat(answer.passedOver().toString()).doesNotContain("SECRETKEY123");
    }

    @Test
    void theFirstProviderThatAnswersWinsAndLaterOnesAreNotAsked() {
        answers.put("/stooq/q/d/l/", TestKit.body(200, TestKit.fixture("stooq/aapl-us-daily.csv")));
        ProviderFallback chain = catalog.fallback(AssetClass.STOCK, List.of("stooq", "yahoo"));

        var answer = chain.history(ProviderFallbackTest::symbols, Timeframe.D1, FROM, TO);

        assertThat(answer.answeredBy()).isEqualTo("stooq");
        assertThat(answer.passedOver()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void providersWithoutTheTimeframeOrASymbolAreSkippedWithAReason() {
        answers.put("/yahoo/v8/finance/chart", TestKit.ok("yahoo/chart-intraday-nulls.json"));
        ProviderFallback chain = catalog.fallback(AssetClass.STOCK, List.of("stooq", "alphavantage", "yahoo"));

        var answer = chain.history(p -> p.equals("alphavantage") ? Optional.empty() : Optional.of("SAP.DE"), Timeframe.M5,
                Instant.parse("2024-06-07T07:00:00Z"), Instant.parse("2024-06-07T16:00:00Z"));

        assertThat(answer.answeredBy()).isEqualTo("yahoo");
        assertThat(answer.passedOver()).extracting(FallbackAttempt::toString)
                .containsExactly("stooq skipped: has no 5m bars", "alphavantage skipped: no symbol is known for this provider");
    }

    @Test
    void whenEveryProviderFailsTheErrorListsEachReason() {
        answers.put("/binance/api/v3/klines", TestKit.json(400, "binance/error-invalid-symbol.json"));
        answers.put("/coingecko/api/v3/coins/", TestKit.json(404, "coingecko/coin-not-found.json"));
        ProviderFallback chain = catalog.fallback(AssetClass.CRYPTO, List.of("binance", "coingecko"));

        NoProviderAnswered e = catchThrowableOfType(NoProviderAnswered.class,
                () -> chain.history(p -> Optional.of("nope"), Timeframe.D1, FROM, TO));

        assertThat(e.attempts()).extracting(FallbackAttempt::kind).containsExactly(Kind.NOT_FOUND, Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("binance NOT_FOUND").contains("coingecko NOT_FOUND");
    }

    @Test
    void anOpenCircuitIsPassedOverWithoutTouchingTheProvider() {
        answers.put("/yahoo/v8/finance/chart", TestKit.body(500, "broken"));
        answers.put("/stooq/q/d/l/", TestKit.body(200, TestKit.fixture("stooq/aapl-us-daily.csv")));
        ProviderFallback chain = catalog.fallback(AssetClass.STOCK, List.of("yahoo", "stooq"));
        for (int i = 0; i < 3; i++) chain.history(ProviderFallbackTest::symbols, Timeframe.D1, FROM, TO);
        int before = server.getRequestCount();

        var answer = chain.history(ProviderFallbackTest::symbols, Timeframe.D1, FROM, TO);

        assertThat(answer.answeredBy()).isEqualTo("stooq");
        assertThat(answer.passedOver()).extracting(FallbackAttempt::kind).containsExactly(Kind.CIRCUIT_OPEN);
        assertThat(server.getRequestCount()).isEqualTo(before + 1);
    }

    @Test
    void searchMovesOnFromProvidersWithNoMatches() {
        answers.put("/alphavantage/query", TestKit.ok("alphavantage/search-tesco.json"));
        ProviderFallback chain = catalog.fallback(AssetClass.STOCK, List.of("stooq", "alphavantage", "yahoo"));

        var answer = chain.search("tesco");

        assertThat(answer.answeredBy()).isEqualTo("alphavantage");
        assertThat(answer.value()).extracting(SymbolMatch::providerSymbol).contains("TSCO.LON");
        assertThat(answer.passedOver()).extracting(FallbackAttempt::toString).containsExactly("stooq skipped: no matches for 'tesco'");
    }

    @Test
    void theChainKeepsTheUsersOrderAndDropsProvidersOfOtherAssetClasses() {
        ProviderFallback chain = catalog.fallback(AssetClass.CRYPTO, List.of("coingecko", "stooq", "binance", "yahoo"));

        assertThat(chain.order()).containsExactly("coingecko", "binance", "yahoo");
        assertThatThrownBy(() -> catalog.fallback(AssetClass.STOCK, List.of("bloomberg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bloomberg").hasMessageContaining("yahoo");
    }

    @Test
    void theCatalogBuildsEveryStandardProviderAndDefaultOrdersUseOnlyKnownOnes() {
        assertThat(catalog.providers()).extracting(MarketDataProvider::id)
                .containsExactly("yahoo", "alphavantage", "coingecko", "binance", "stooq");
        assertThat(catalog.fxRates().id()).isEqualTo("ecb");
        for (AssetClass assetClass : AssetClass.values()) {
            List<String> order = ProviderCatalog.defaultOrder(assetClass);
            assertThat(catalog.fallback(assetClass, order).order()).containsExactlyElementsOf(order);
        }
    }

    @Test
    void anEmptyHistoryIsStillAnAnswer() {
        answers.put("/stooq/q/d/l/", TestKit.body(200, "Date,Open,High,Low,Close,Volume\n"));
        PriceHistory history = catalog.fallback(AssetClass.STOCK, List.of("stooq"))
                .history(ProviderFallbackTest::symbols, Timeframe.D1, FROM, TO).value();

        assertThat(history.bars().isEmpty()).isTrue();
    }
}
