package dev.meridian.core.portfolio;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.List;

/** What one account holds of one instrument: its open lots (oldest first) and the gains its sales realized. */
public record Position(long accountId, long instrumentId, List<Lot> lots, List<RealizedGain> realized) {

    public Position {
        lots = List.copyOf(lots);
        realized = List.copyOf(realized);
    }

    public BigDecimal quantity() {
        BigDecimal q = BigDecimal.ZERO;
        for (Lot l : lots) q = q.add(l.quantity());
        return q;
    }

    public boolean isOpen() {
        return !lots.isEmpty();
    }

    /** Total cost of the open lots; all lots must share one currency. */
    public Money cost(String currency) {
        Money total = Money.zero(currency);
        for (Lot l : lots) total = total.plus(l.cost());
        return total;
    }
}
