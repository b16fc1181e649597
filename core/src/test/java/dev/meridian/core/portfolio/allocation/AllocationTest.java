package dev.meridian.core.portfolio.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.ClassificationAssignment;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.TargetAllocation;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final Instrument AAA = new Instrument(1, "AAA", "Triple A", AssetClass.STOCK, "XNYS", "USD", null, "Tech", "US", "UTC");
    private static final Instrument BBB = new Instrument(2, "BBB", "Euro ETF", AssetClass.ETF, "XETR", "EUR", null, null, "Europe", "UTC");
    private static final Instrument CCC = new Instrument(3, "CCC", "Bond fund", AssetClass.BOND, "XETR", "EUR", null, null, "Europe", "UTC");

    private static Money eur(String v) {
        return Money.of(v, "EUR");
    }

    /** AAA worth 600 EUR, BBB 300 EUR, and {@code cash} EUR of cash. */
    private static PortfolioSnapshot snapshot(String cash) {
        return new PortfolioSnapshot(LocalDate.parse("2024-06-28"), "EUR",
                List.of(new Holding(AAA, new BigDecimal("6"), eur("600")), new Holding(BBB, new BigDecimal("3"), eur("300"))),
                List.of(new CashBalance(eur(cash), eur(cash))));
    }

    private static void assertSlices(List<AllocationSlice> slices, String... labelValueWeight) {
        assertThat(slices).hasSize(labelValueWeight.length / 3);
        for (int i = 0; i < slices.size(); i++) {
            assertThat(slices.get(i).label()).isEqualTo(labelValueWeight[3 * i]);
            assertThat(slices.get(i).value().amount()).isEqualByComparingTo(labelValueWeight[3 * i + 1]);
            assertThat(slices.get(i).weight()).isEqualByComparingTo(labelValueWeight[3 * i + 2]);
        }
    }

    @Test
    void byAssetClassSectorRegionAndCurrency() {
        PortfolioSnapshot s = snapshot("100");
        assertSlices(Allocation.by(AllocationDimension.ASSET_CLASS, s), "STOCK", "600", "0.6", "ETF", "300", "0.3", "Cash", "100", "0.1");
        assertSlices(Allocation.by(AllocationDimension.SECTOR, s), "Tech", "600", "0.6", "Unknown", "300", "0.3", "Cash", "100", "0.1");
        assertSlices(Allocation.by(AllocationDimension.REGION, s), "US", "600", "0.6", "Europe", "300", "0.3", "Cash", "100", "0.1");
        assertSlices(Allocation.by(AllocationDimension.CURRENCY, s), "USD", "600", "0.6", "EUR", "400", "0.4");
    }

    @Test
    void byUserClassificationSharesValueByWeight() {
        List<ClassificationAssignment> style = List.of(
                new ClassificationAssignment(7, AAA.id(), "Growth", new BigDecimal("0.5")),
                new ClassificationAssignment(7, AAA.id(), "Value", new BigDecimal("0.5")),
                new ClassificationAssignment(7, BBB.id(), "Value", new BigDecimal("0.4")));
        // Value 300 + 120, Growth 300, Unassigned 0.6 * 300 = 180, Cash 100
        assertSlices(Allocation.byClassification(style, snapshot("100")),
                "Value", "420", "0.42", "Growth", "300", "0.3", "Unassigned", "180", "0.18", "Cash", "100", "0.1");
    }

    @Test
    void sellsOverweightOnlyWhenCashFallsShort() {
        // total 1000: AAA 500 (-100), BBB 400 (+100), CCC 100 (+100); spendable cash 100 < 200 needed
        List<TargetAllocation> targets = List.of(new TargetAllocation(1, "AAA", new BigDecimal("0.5")),
                new TargetAllocation(1, "BBB", new BigDecimal("0.4")), new TargetAllocation(1, "CCC", new BigDecimal("0.1")));
        RebalancingPlan plan = RebalancingPlanner.plan(snapshot("100"), targets, Instrument::symbol, List.of(CCC), eur("1"));
        assertThat(plan.trades()).extracting(t -> t.side() + " " + t.instrument().symbol() + " " + t.amount().amount().stripTrailingZeros().toPlainString())
                .containsExactly("SELL AAA 100", "BUY BBB 100", "BUY CCC 100");
        assertThat(plan.cashAfter().amount()).isEqualByComparingTo("0");
        assertThat(plan.unreachableKeys()).isEmpty();
    }

    @Test
    void enoughCashMeansNoSells() {
        // total 2000: AAA 0.3 -> 600 (no gap), BBB 0.2 -> 400 (+100); cash target 1000, spendable 100
        List<TargetAllocation> targets = List.of(new TargetAllocation(1, "AAA", new BigDecimal("0.3")),
                new TargetAllocation(1, "BBB", new BigDecimal("0.2")), new TargetAllocation(1, "ZZZ", new BigDecimal("0.05")));
        RebalancingPlan plan = RebalancingPlanner.plan(snapshot("1100"), targets, Instrument::symbol, List.of(CCC), eur("1"));
        assertThat(plan.trades()).singleElement().satisfies(t -> {
            assertThat(t.side()).isEqualTo(RebalancingTrade.Side.BUY);
            assertThat(t.instrument()).isEqualTo(BBB);
            assertThat(t.amount().amount()).isEqualByComparingTo("100");
        });
        assertThat(plan.unreachableKeys()).containsExactly("ZZZ");
    }

    @Test
    void targetsAboveOneAreRefused() {
        List<TargetAllocation> targets = List.of(new TargetAllocation(1, "AAA", new BigDecimal("0.7")), new TargetAllocation(1, "BBB", new BigDecimal("0.4")));
        assertThatThrownBy(() -> RebalancingPlanner.plan(snapshot("0"), targets, Instrument::symbol, List.of(), eur("1")))
                .hasMessageContaining("1.1");
    }
}
