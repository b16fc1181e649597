package dev.meridian.app.portfolios;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Column builders shared by the screen's tables: text, money (signed colours optional), percent, quantity. */
final class Columns {

    private final MoneyFormat money;
    private final FigureFormat figures;

    Columns(MoneyFormat money, FigureFormat figures) {
        this.money = money;
        this.figures = figures;
    }

    <R, T> TableColumn<R, T> plain(String title, Function<R, T> value, double width) {
        TableColumn<R, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** An amount in the scope's currency (named in the scope picker), without the symbol: dense tables need the room. */
    <R> TableColumn<R, Money> money(String title, Function<R, Money> value, double width, boolean signed) {
        TableColumn<R, Money> c = plain(title, value, width);
        c.setComparator(Comparator.nullsFirst(Comparator.comparing(Money::amount)));
        c.setCellFactory(col -> numeric(figures::amount, m -> signed ? m.signum() : 0));
        return c;
    }

    /** An amount that may be in any currency (a booking in its account's currency), with its symbol. */
    <R> TableColumn<R, Money> moneyWithCurrency(String title, Function<R, Money> value, double width, boolean signed) {
        TableColumn<R, Money> c = plain(title, value, width);
        c.setComparator(Comparator.nullsFirst(Comparator.comparing(Money::amount)));
        c.setCellFactory(col -> numeric(money::format, m -> signed ? m.signum() : 0));
        return c;
    }

    <R> TableColumn<R, Double> percent(String title, Function<R, Double> value, double width) {
        TableColumn<R, Double> c = plain(title, value, width);
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setCellFactory(col -> numeric(figures::percentShort, d -> (int) Math.signum(d)));
        return c;
    }

    <R> TableColumn<R, BigDecimal> weight(String title, Function<R, BigDecimal> value, double width) {
        TableColumn<R, BigDecimal> c = plain(title, value, width);
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setCellFactory(col -> numeric(d -> figures.percentShort(d.doubleValue()).replace("+", ""), d -> 0));
        return c;
    }

    <R> TableColumn<R, BigDecimal> quantity(String title, Function<R, BigDecimal> value, double width, int maxDecimals) {
        TableColumn<R, BigDecimal> c = plain(title, value, width);
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setCellFactory(col -> numeric(q -> figures.quantity(q, maxDecimals), d -> 0));
        return c;
    }

    private static <R, T> TableCell<R, T> numeric(Function<T, String> text, Function<T, Integer> sign) {
        TableCell<R, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("money-negative", "money-positive");
                if (empty || value == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(value));
                int s = sign.apply(value);
                if (s < 0) getStyleClass().add("money-negative");
                if (s > 0) getStyleClass().add("money-positive");
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }
}
