package dev.meridian.app.watchlists;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.quote.Quote;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One instrument in the watchlist table; quote fields change only when the pump applies a pulse's batch. */
public final class WatchlistRow {

    final Instrument instrument;
    final DoubleProperty last = new SimpleDoubleProperty(Double.NaN);
    final DoubleProperty change = new SimpleDoubleProperty(Double.NaN);
    final DoubleProperty changePercent = new SimpleDoubleProperty(Double.NaN);
    final DoubleProperty dayHigh = new SimpleDoubleProperty(Double.NaN);
    final DoubleProperty dayLow = new SimpleDoubleProperty(Double.NaN);
    final DoubleProperty volume = new SimpleDoubleProperty(Double.NaN);
    final LongProperty updatedAt = new SimpleLongProperty(Long.MIN_VALUE);
    final StringProperty range = new SimpleStringProperty("");
    final StringProperty age = new SimpleStringProperty("—");
    /** The last daily closes for the sparkline, oldest first. */
    final ObjectProperty<double[]> closes = new SimpleObjectProperty<>(new double[0]);

    WatchlistRow(Instrument instrument, double[] closes) {
        this.instrument = instrument;
        this.closes.set(closes);
    }

    public Instrument instrument() {
        return instrument;
    }

    public double last() {
        return last.get();
    }

    public String age() {
        return age.get();
    }

    void apply(Quote q, long nowMillis) {
        last.set(q.last());
        change.set(q.change());
        changePercent.set(q.changePercent());
        dayHigh.set(q.dayHigh());
        dayLow.set(q.dayLow());
        volume.set(q.volume());
        range.set(Double.isNaN(q.dayLow()) ? "" : WatchlistsController.price(q.dayLow()) + " – " + WatchlistsController.price(q.dayHigh()));
        updatedAt.set(q.updatedAtMillis());
        age.set(QuoteAge.format(nowMillis, q.updatedAtMillis()));
    }

    void refreshAge(long nowMillis) {
        age.set(QuoteAge.format(nowMillis, updatedAt.get()));
    }
}
