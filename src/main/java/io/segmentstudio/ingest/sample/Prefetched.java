package io.segmentstudio.ingest.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a producer on a worker thread and hands what it produces to the calling thread in chunks, so
 * producing the next items overlaps consuming the last ones (generating customers costs about as much
 * as writing them). The queue is bounded: the producer never runs far ahead. When the consumer fails or
 * is cancelled, the producer is stopped before the call returns.
 */
final class Prefetched<T> {
    private static final int CHUNK = 100;
    private static final int CHUNKS_AHEAD = 8;
    private final Consumer<Consumer<T>> producer;

    /** Marks the end of the items: normal ({@code failure == null}) or by the producer's failure. */
    private record End(RuntimeException failure) {
    }

    /** @param producer calls its argument once per item, in order */
    Prefetched(Consumer<Consumer<T>> producer) {
        this.producer = producer;
    }

    /** Gives every item to {@code action} on this thread, in the producer's order. */
    @SuppressWarnings("unchecked")
    void forEach(Consumer<T> action) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        Thread worker = new Thread(() -> produce(queue), "sample-generator");
        worker.setDaemon(true);
        worker.start();
        try {
            while (true) {
                Object next = take(queue);
                if (next instanceof End end) {
                    if (end.failure() != null) {
                        throw end.failure();
                    }
                    return;
                }
                ((List<T>) next).forEach(action);
            }
        } finally {
            worker.interrupt();
            join(worker);
        }
    }

    private void produce(BlockingQueue<Object> queue) {
        List<List<T>> chunk = new ArrayList<>(1);
        chunk.add(new ArrayList<>(CHUNK));
        try {
            producer.accept(item -> {
                chunk.get(0).add(item);
                if (chunk.get(0).size() == CHUNK) {
                    put(queue, chunk.get(0));
                    chunk.set(0, new ArrayList<>(CHUNK));
                }
            });
            put(queue, chunk.get(0));
            put(queue, new End(null));
        } catch (Stopped stopped) {
            // the consumer has gone; nobody waits for the rest
        } catch (RuntimeException e) {
            try {
                put(queue, new End(e));
            } catch (Stopped ignored) {
                // the consumer has gone already
            }
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating the sample", e);
        }
    }

    private static void join(Thread worker) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the producer when the consumer has stopped taking. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
