package dev.meridian.app.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.market.Timeframe;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartGridDefinitionTest {

    @Test
    void roundTripsGridActiveChartAndCells() {
        ChartGridDefinition grid = new ChartGridDefinition(ChartGrid.TWO_BY_TWO, 3,
                List.of(new ChartGridDefinition.Cell(0, 12, Timeframe.D1), new ChartGridDefinition.Cell(3, 15, Timeframe.H1)));
        String text = grid.format();
        assertThat(text).isEqualTo("meridian-chart-grid 1\ngrid=2x2\nactive=3\nchart=0 12 1D\nchart=3 15 1h\n");
        ChartGridDefinition back = ChartGridDefinition.parse(text);
        assertThat(back).isEqualTo(grid);
        assertThat(back.cell(3)).contains(new ChartGridDefinition.Cell(3, 15, Timeframe.H1));
        assertThat(back.cell(1)).isEmpty();
    }

    @Test
    void unknownKeysAreIgnoredAndAnActiveChartOutsideTheGridFallsBackToTheLastCell() {
        ChartGridDefinition grid = ChartGridDefinition.parse("meridian-chart-grid 1\ngrid=1x2\nactive=3\nsync=true\n");
        assertThat(grid.grid()).isEqualTo(ChartGrid.ONE_BY_TWO);
        assertThat(grid.active()).isEqualTo(1);
    }

    @Test
    void badTextSaysWhichLineAndWhy() {
        assertThatThrownBy(() -> ChartGridDefinition.parse("meridian-chart-grid 2\n")).hasMessageContaining("version 2 is not supported");
        assertThatThrownBy(() -> ChartGridDefinition.parse("meridian-chart-grid 1\ngrid=3x3\n"))
                .hasMessageContaining("line 2").hasMessageContaining("Unknown chart grid '3x3'");
        assertThatThrownBy(() -> ChartGridDefinition.parse("meridian-chart-grid 1\nchart=0 x 1D\n"))
                .hasMessageContaining("line 2").hasMessageContaining("instrument id 'x' is not a number");
        assertThatThrownBy(() -> ChartGridDefinition.parse("meridian-chart-grid 1\nchart=7 1 1D\n")).hasMessageContaining("Chart cell 7");
        assertThatThrownBy(() -> ChartGridDefinition.parse("layout 1")).hasMessageContaining("line 1");
    }
}
