package dev.meridian.app.portfolios;

import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.core.portfolio.allocation.AllocationDimension;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Allocation of the scope by a chosen dimension, as a donut and as a bar chart of weights. */
final class AllocationPane {

    private final VBox root;

    AllocationPane(PortfoliosModel model, FigureFormat figures) {
        ComboBox<AllocationDimension> dimension = new ComboBox<>();
        dimension.setId("pf-dimension");
        dimension.getItems().setAll(AllocationDimension.values());
        dimension.valueProperty().bindBidirectional(model.dimension);
        dimension.setConverter(new StringConverter<>() {
            @Override
            public String toString(AllocationDimension d) {
                return d == null ? "" : words(d.name());
            }

            @Override
            public AllocationDimension fromString(String s) {
                return null;
            }
        });
        PieChart pie = new PieChart();
        pie.setId("pf-pie");
        pie.getStyleClass().add("donut");
        pie.setAnimated(false);
        pie.setLegendSide(Side.RIGHT);
        pie.setLabelsVisible(false);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("Weight %");
        BarChart<String, Number> bars = new BarChart<>(x, y);
        bars.setId("pf-bars");
        bars.setAnimated(false);
        bars.setLegendVisible(false);
        model.allocation.addListener((ListChangeListener<AllocationSlice>) c -> {
            List<PieChart.Data> slices = new ArrayList<>();
            XYChart.Series<String, Number> weights = new XYChart.Series<>();
            for (AllocationSlice s : model.allocation) {
                slices.add(new PieChart.Data(label(s.label()) + " " + figures.percent(s.weight()), s.value().amount().doubleValue()));
                weights.getData().add(new XYChart.Data<>(label(s.label()), s.weight().doubleValue() * 100));
            }
            pie.getData().setAll(slices);
            bars.getData().setAll(List.of(weights));
        });
        HBox.setHgrow(pie, Priority.ALWAYS);
        HBox.setHgrow(bars, Priority.ALWAYS);
        pie.setPrefWidth(420);
        bars.setPrefWidth(420);
        HBox charts = new HBox(8, pie, bars);
        VBox.setVgrow(charts, Priority.ALWAYS);
        HBox header = new HBox(8, new Label("By"), dimension);
        header.getStyleClass().add("toolbar-row");
        root = new VBox(4, header, charts);
    }

    Parent root() {
        return root;
    }

    /** Asset class names read as words ("Stock"); other labels (sectors, regions, ETF, USD) as they are. */
    static String label(String s) {
        return s.length() > 3 && s.equals(s.toUpperCase(Locale.ROOT)) ? words(s) : s;
    }

    static String words(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
