package io.segmentstudio.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchedTest {

    @Test
    void handsOverEveryItemInOrderOnTheCallingThread() {
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        new Prefetched<Integer>(sink -> IntStream.range(0, 1_234).forEach(sink::accept)).forEach(item -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(item);
        });
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 1_234).boxed().toList());
    }

    @Test
    void aProducerFailureReachesTheCallerAfterTheItemsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> new Prefetched<Integer>(sink -> {
            IntStream.range(0, 250).forEach(sink::accept);
            throw new IllegalStateException("generator broke");
        }).forEach(seen::add)).isInstanceOf(IllegalStateException.class).hasMessage("generator broke");
        assertThat(seen).hasSize(200); // the two full chunks; the partial one is lost with the failure
    }

    @Test
    void aConsumerFailureStopsTheProducerBeforeReturning() {
        AtomicInteger produced = new AtomicInteger();
        assertThatThrownBy(() -> new Prefetched<Integer>(sink -> {
            for (int i = 0; i < 10_000_000; i++) {
                produced.incrementAndGet();
                sink.accept(i);
            }
        }).forEach(item -> {
            if (item == 10) {
                throw new IllegalArgumentException("stop");
            }
        })).hasMessage("stop");
        int afterReturn = produced.get();
        assertThat(afterReturn).isLessThan(10_000);
        assertThat(produced.get()).isEqualTo(afterReturn);
    }
}
