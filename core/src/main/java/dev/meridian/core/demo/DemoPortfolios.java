package dev.meridian.core.demo;

import dev.meridian.core.demo.PortfolioPlan.SavingsLine;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.CostMethod;
import java.math.BigDecimal;
import java.util.List;

/** The three demo portfolios: a US stock and ETF account, a German-style euro depot and a crypto wallet. */
public final class DemoPortfolios {

    private DemoPortfolios() {
    }

    public static List<PortfolioPlan> all() {
        return List.of(
                new PortfolioPlan("US Stocks & ETFs", "USD", CostMethod.FIFO, "Individual Brokerage", AccountType.BROKERAGE,
                        "Lakeside Brokerage", "••••7310", 10, dec("10000"), dec("1200"),
                        List.of(line("UMKT", "450"), line("TCHX", "250"), line("UDIV", "150")),
                        List.of("NWTK", "HLXS", "CRSC", "BRWY", "ATLF", "PNHL", "SLRG", "GRNP", "CNDM", "MPLB", "OAKI", "BLPT", "UBND"),
                        dec("1.00"), dec("1.00"), BigDecimal.ZERO, dec("0.15"), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, "UMKT"),
                new PortfolioPlan("Euro Portfolio", "EUR", CostMethod.AVERAGE_COST, "Depot", AccountType.BROKERAGE,
                        "Hanse Direktbank", "••••2284", 8, dec("5000"), dec("600"),
                        List.of(line("GEQA", "300"), line("EZ50", "100"), line("EMKA", "75")),
                        List.of("RHWK", "NLEN", "AVSE", "BLGX", "KSPH", "VELA", "LMAU"),
                        dec("1.50"), dec("4.90"), dec("0.0025"), dec("0.26375"), dec("0.26375"), dec("0.0012"), 6, 0, "GEQA"),
                new PortfolioPlan("Crypto", "USD", CostMethod.FIFO, "Crypto Wallet", AccountType.CRYPTO_WALLET,
                        "Coinvault", "••••0xA9", 6, dec("2000"), dec("300"),
                        List.of(line("BTC-USD", "150"), line("ETH-USD", "100"), line("SOL-USD", "50")),
                        List.of("BTC-USD", "ETH-USD", "SOL-USD"),
                        BigDecimal.ZERO, BigDecimal.ZERO, dec("0.005"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 8, 8, "BTC-USD"));
    }

    private static SavingsLine line(String symbol, String amount) {
        return new SavingsLine(symbol, dec(amount));
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
