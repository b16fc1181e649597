package dev.meridian.app.portfolio;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.statement.ExpectedDividend;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows, all from the one {@link PortfolioService}: every portfolio's holdings,
 * the biggest movers of the day, allocation by asset class, expected dividends, the latest bookings
 * (with account names) and the last year's performance (null when it cannot be measured).
 */
public record DashboardSummary(HoldingsStatement holdings, List<HoldingLine> movers, List<AllocationSlice> allocation,
                               List<ExpectedDividend> dividends, List<Transaction> recent, Map<Long, String> accountNames,
                               PerformanceFigures lastYear) {}
