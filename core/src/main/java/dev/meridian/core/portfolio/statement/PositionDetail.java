package dev.meridian.core.portfolio.statement;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.portfolio.LotPnl;
import java.util.List;

/** The open lots (oldest first) and every booking of one instrument in a scope's accounts, newest booking first. */
public record PositionDetail(Instrument instrument, List<LotPnl> lots, List<Transaction> transactions) {
    public PositionDetail {
        lots = List.copyOf(lots);
        transactions = List.copyOf(transactions);
    }
}
