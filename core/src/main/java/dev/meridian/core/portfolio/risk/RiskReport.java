package dev.meridian.core.portfolio.risk;

/** Annualized volatility, maximum drawdown, Sharpe and Sortino ratios of one return series. */
public record RiskReport(double volatility, Drawdown maxDrawdown, double sharpe, double sortino,
                         AnnualizationBasis basis, double riskFreeRate) {}
