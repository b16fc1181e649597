package dev.meridian.charts.live;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TickCoalescerTest {

    @Test
    void manyUpdatesBeforeTheUiThreadRunsArriveAsOneBatchInOrder() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<List<TickCoalescer.BarUpdate>> batches = new ArrayList<>();
        TickCoalescer c = new TickCoalescer(uiQueue::add, batches::add);

        for (int i = 0; i < 1000; i++) c.submit(new TickCoalescer.BarUpdate(false, 0, 1, 2, 0.5, i, i));

        assertThat(uiQueue).as("one flush scheduled for 1000 ticks").hasSize(1);
        uiQueue.removeFirst().run();
        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).hasSize(1000);
        assertThat(batches.getFirst().getLast().close()).isEqualTo(999);
        assertThat(c.flushes()).isEqualTo(1);

        c.submit(new TickCoalescer.BarUpdate(true, 5, 1, 1, 1, 1, 1));
        assertThat(uiQueue).as("the next tick after a flush schedules the next one").hasSize(1);
    }
}
