package dev.meridian.core.export;

import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A holdings statement as CSV: one row per holding, exact decimals, amounts in the statement's currency. */
public final class HoldingsCsv {

    public static final List<String> HEADER = List.of("symbol", "name", "asset_class", "quantity", "currency", "average_cost",
            "cost_basis", "last_close", "market_value", "day_change", "unrealized_pnl", "realized_pnl", "dividends", "weight");

    private HoldingsCsv() {}

    public static void write(HoldingsStatement statement, Writer out) {
        CsvWriter csv = new CsvWriter(out).row(HEADER);
        for (HoldingLine l : statement.lines()) {
            List<Object> row = new ArrayList<>(List.of(l.instrument().symbol(), l.instrument().name(), l.instrument().assetClass().name(),
                    l.quantity(), statement.scope().currency()));
            row.addAll(amounts(l.averageCost(), l.cost()));
            row.add(l.lastClose());
            row.addAll(amounts(l.marketValue(), l.dayChange(), l.unrealized(), l.realized(), l.income()));
            row.add(l.weight());
            csv.row(row);
        }
    }

    private static List<Object> amounts(Money... values) {
        List<Object> out = new ArrayList<>();
        for (Money m : values) out.add(m.amount());
        return out;
    }
}
