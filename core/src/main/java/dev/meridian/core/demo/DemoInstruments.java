package dev.meridian.core.demo;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import java.util.List;

/**
 * The demo universe: fictional US and European companies and funds (so no generated price is mistaken
 * for a real quote), three major cryptocurrencies and EUR/USD. Parameters give each a character:
 * calm bond fund, volatile EV maker, high-yield pipeline, and so on.
 */
public final class DemoInstruments {

    private DemoInstruments() {
    }

    public static List<DemoInstrument> all() {
        return List.of(
                us("NWTK", "Northwind Technologies Inc.", AssetClass.STOCK, "NASDAQ", "Technology",
                        PriceModel.listed(0.20, 0.30, 192.40, 48e6, 0.005, 4), new SplitPlan(3.4, 4, 1)),
                us("HLXS", "Helix Semiconductor Corp.", AssetClass.STOCK, "NASDAQ", "Semiconductors",
                        PriceModel.listed(0.30, 0.46, 124.80, 210e6, 0.001, 4), new SplitPlan(1.4, 10, 1)),
                us("CRSC", "Crescent Software Inc.", AssetClass.STOCK, "NASDAQ", "Software",
                        PriceModel.listed(0.16, 0.33, 412.30, 21e6, 0, 0)),
                us("BRWY", "Broadway Retail Group", AssetClass.STOCK, "NYSE", "Consumer Discretionary",
                        PriceModel.listed(0.06, 0.24, 78.15, 6.5e6, 0.022, 4)),
                us("ATLF", "Atlas Financial Corp.", AssetClass.STOCK, "NYSE", "Financials",
                        PriceModel.listed(0.07, 0.27, 52.60, 14e6, 0.031, 4)),
                us("PNHL", "Pinehill Health Inc.", AssetClass.STOCK, "NYSE", "Health Care",
                        PriceModel.listed(0.07, 0.21, 145.20, 8e6, 0.028, 4)),
                us("SLRG", "Solaris Energy Systems", AssetClass.STOCK, "NASDAQ", "Renewable Energy",
                        PriceModel.listed(0.04, 0.52, 23.40, 9e6, 0, 0)),
                us("GRNP", "Granite Pipelines LP", AssetClass.STOCK, "NYSE", "Energy",
                        PriceModel.listed(0.04, 0.26, 38.10, 7e6, 0.062, 4)),
                us("CNDM", "Condor Motors Inc.", AssetClass.STOCK, "NASDAQ", "Automotive",
                        PriceModel.listed(0.25, 0.62, 241.70, 95e6, 0, 0)),
                us("MPLB", "Maple Beverage Co.", AssetClass.STOCK, "NYSE", "Consumer Staples",
                        PriceModel.listed(0.05, 0.17, 61.30, 12e6, 0.030, 4)),
                us("OAKI", "Oakridge Industrials Inc.", AssetClass.STOCK, "NYSE", "Industrials",
                        PriceModel.listed(0.09, 0.24, 205.50, 3.5e6, 0.018, 4)),
                us("BLPT", "Bluepeak Telecom Inc.", AssetClass.STOCK, "NYSE", "Communication Services",
                        PriceModel.listed(0.01, 0.22, 19.25, 30e6, 0.050, 4)),
                us("UMKT", "Broad US Market 500 ETF", AssetClass.ETF, "NYSE Arca", "Broad Market",
                        PriceModel.listed(0.10, 0.17, 478.90, 70e6, 0.014, 4)),
                us("TCHX", "US Technology 100 ETF", AssetClass.ETF, "NASDAQ", "Technology",
                        PriceModel.listed(0.15, 0.22, 431.20, 40e6, 0.006, 4)),
                us("UBND", "US Aggregate Bond ETF", AssetClass.ETF, "NYSE Arca", "Fixed Income",
                        new PriceModel(0.025, 0.055, 97.80, 9e6, 0.5, 0.01, 0.2, 0.031, 4, 10, 0.01)),
                us("UDIV", "US Dividend Leaders ETF", AssetClass.ETF, "NYSE Arca", "Dividend",
                        PriceModel.listed(0.07, 0.15, 81.60, 3e6, 0.034, 4)),
                eu("RHWK", "Rheinwerk AG", AssetClass.STOCK, "Industrials",
                        PriceModel.listed(0.08, 0.25, 168.40, 1.2e6, 0.025, 1)),
                eu("NLEN", "Nordlicht Energie AG", AssetClass.STOCK, "Utilities",
                        PriceModel.listed(0.02, 0.34, 14.22, 5e6, 0.040, 1), new SplitPlan(6.2, 1, 5)),
                eu("AVSE", "Alpina Versicherung SE", AssetClass.STOCK, "Insurance",
                        PriceModel.listed(0.08, 0.20, 265.30, 0.9e6, 0.045, 1)),
                eu("BLGX", "Baltic Logistics SE", AssetClass.STOCK, "Transportation",
                        PriceModel.listed(0.05, 0.28, 47.05, 2.1e6, 0.030, 1)),
                eu("KSPH", "Kessler Pharma AG", AssetClass.STOCK, "Health Care",
                        PriceModel.listed(0.06, 0.23, 92.10, 1.6e6, 0.020, 1)),
                eu("VELA", "Vela Software SE", AssetClass.STOCK, "Software",
                        PriceModel.listed(0.14, 0.36, 128.40, 1.1e6, 0, 0)),
                eu("LMAU", "Lumen Automotive AG", AssetClass.STOCK, "Automotive",
                        PriceModel.listed(0.01, 0.30, 71.35, 2.8e6, 0.050, 1)),
                euFund("GEQA", "Global Equity UCITS ETF (Acc)", "Global",
                        PriceModel.listed(0.09, 0.15, 102.36, 0.8e6, 0, 0)),
                euFund("EZ50", "Eurozone 50 UCITS ETF (Dist)", "Europe",
                        PriceModel.listed(0.06, 0.18, 49.12, 0.6e6, 0.028, 4)),
                euFund("EMKA", "Emerging Markets UCITS ETF (Acc)", "Emerging Markets",
                        PriceModel.listed(0.04, 0.18, 33.08, 0.7e6, 0, 0)),
                crypto("BTC-USD", "Bitcoin", new PriceModel(0.45, 0.62, 67850.00, 32_000, 4, 0.09, 0, 0, 0, 10, 0.01)),
                crypto("ETH-USD", "Ethereum", new PriceModel(0.50, 0.75, 3420.00, 450_000, 4, 0.11, 0, 0, 0, 9, 0.01)),
                crypto("SOL-USD", "Solana", new PriceModel(0.85, 0.88, 148.50, 3_500_000, 5, 0.13, 0, 0, 0, 5, 0.001)),
                new DemoInstrument(new Instrument(0, "EURUSD", "Euro / US Dollar", AssetClass.FX, "FX", "USD", null,
                        null, "Global", "UTC"), TradingCalendar.FX,
                        new PriceModel(0.0, 0.07, 1.0842, 180_000, 1, 0.012, 0.05, 0, 0, 10, 0.00001), List.of()));
    }

    private static DemoInstrument us(String symbol, String name, AssetClass cls, String exchange, String sector,
                                     PriceModel model, SplitPlan... splits) {
        return new DemoInstrument(new Instrument(0, symbol, name, cls, exchange, "USD", null, sector, "North America",
                "America/New_York"), TradingCalendar.NYSE, model, List.of(splits));
    }

    private static DemoInstrument eu(String symbol, String name, AssetClass cls, String sector,
                                     PriceModel model, SplitPlan... splits) {
        return new DemoInstrument(new Instrument(0, symbol, name, cls, "XETRA", "EUR", null, sector, "Europe",
                "Europe/Berlin"), TradingCalendar.XETRA, model, List.of(splits));
    }

    /** A UCITS fund listed on Xetra; {@code region} is where it invests. */
    private static DemoInstrument euFund(String symbol, String name, String region, PriceModel model) {
        return new DemoInstrument(new Instrument(0, symbol, name, AssetClass.ETF, "XETRA", "EUR", null, "Broad Market", region,
                "Europe/Berlin"), TradingCalendar.XETRA, model, List.of());
    }

    private static DemoInstrument crypto(String symbol, String name, PriceModel model) {
        return new DemoInstrument(new Instrument(0, symbol, name, AssetClass.CRYPTO, "CRYPTO", "USD", null,
                "Cryptocurrency", "Global", "UTC"), TradingCalendar.ALWAYS, model, List.of());
    }
}
