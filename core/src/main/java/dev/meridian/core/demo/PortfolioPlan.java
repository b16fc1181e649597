package dev.meridian.core.demo;

import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.CostMethod;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the demo investor runs one portfolio: what is deposited, which savings plan buys what each month,
 * which instruments are bought now and then, and what fees and taxes the broker charges.
 *
 * @param savingsScale       decimals of savings-plan quantities (0 = whole shares, bought once enough is saved)
 * @param discretionaryScale decimals of one-off buys and of sells
 * @param dividendTaxRate    withholding tax on dividends
 * @param gainsTaxRate       tax the broker withholds on realised gains (average-cost basis), 0 for none
 * @param fundTaxRate        yearly advance tax on the value of accumulating funds held (German "Vorabpauschale"), 0 for none
 */
public record PortfolioPlan(
        String name,
        String currency,
        CostMethod costMethod,
        String accountName,
        AccountType accountType,
        String institution,
        String numberMask,
        int years,
        BigDecimal openingDeposit,
        BigDecimal monthlyDeposit,
        List<SavingsLine> savingsPlan,
        List<String> discretionary,
        BigDecimal savingsFee,
        BigDecimal tradeFee,
        BigDecimal feeRate,
        BigDecimal dividendTaxRate,
        BigDecimal gainsTaxRate,
        BigDecimal fundTaxRate,
        int savingsScale,
        int discretionaryScale,
        String benchmarkSymbol) {

    public PortfolioPlan {
        savingsPlan = List.copyOf(savingsPlan);
        discretionary = List.copyOf(discretionary);
    }

    /** A monthly savings-plan order: {@code amount} of {@code symbol}. */
    public record SavingsLine(String symbol, BigDecimal amount) {}
}
