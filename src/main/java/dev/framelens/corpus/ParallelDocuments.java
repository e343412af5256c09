package dev.framelens.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An ordered parallel map over a stream of documents: one reader thread runs the source (for
 * example {@link CorpusReader#stream}), {@code threads} worker threads apply a per-worker function
 * to the documents as they come, and the calling thread hands the results to a sequential
 * consumer <b>in document order</b>. Whatever the number of threads, the consumer sees exactly
 * the results, in exactly the order, that {@code source.accept(d -> consumer.accept(f.apply(d)))}
 * gives on one thread, so its output is identical.
 *
 * <p>Documents travel in <b>batches</b> of consecutive documents, at most {@link #BATCH_DOCUMENTS}
 * of them and, once more than one, at most {@link #BATCH_CHARS} characters: the reader, a worker
 * and the consumer take the lock once per batch, not once per document (short articles by the
 * tens of thousands a second made the hand-over, not the analysis, the bottleneck).
 *
 * <p>Memory is bounded: at most {@link #window(int)} batches, and while more than one, at most
 * {@link #windowChars(int)} characters of text, are between the reader and the consumer at any
 * time (the reader waits when the consumer falls behind), plus the one batch the reader is
 * filling: sixteen batches per thread for articles of ordinary length, fewer when they are long
 * (a batch is always let in when none is in flight, whatever its length). Each worker gets its own
 * function from {@code workers} (made on the worker's thread), so a function may keep mutable
 * per-thread state such as an analysis stream; a worker's documents reach it in increasing order.
 *
 * <p>Errors: an exception of a worker reaches the consumer's thread when the consumer arrives at
 * that document (the results before it have been consumed, as on one thread); an exception of the
 * source is rethrown after every document it produced before has been consumed; an exception of
 * the consumer stops the reader and the workers and is rethrown. Errors are rethrown as they are
 * when unchecked, else wrapped in a {@link RuntimeException}. The threads are daemons and have
 * ended when {@link #map} returns.
 */
public final class ParallelDocuments {
    private ParallelDocuments() {
    }

    /** The number of worker threads to use by default: the machine's cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Batches in flight (read, not yet consumed) with {@code threads} workers. */
    public static int window(int threads) {
        return 16 * threads;
    }

    /** The most documents in one batch. */
    public static final int BATCH_DOCUMENTS = 32;

    /** The most characters of text in one batch of more than one document (2¹⁶, 64 Ki). */
    public static final int BATCH_CHARS = 1 << 16;

    /**
     * Characters of text in flight with {@code threads} workers, once more than one document is:
     * 2²² (4 Mi) per thread, a few dozen megabytes with each document's analysis, whatever the
     * documents' length (with a window of 32 documents of 1 MB each, the analyses in flight alone
     * took about 190 MB).
     */
    public static long windowChars(int threads) {
        return (1L << 22) * threads;
    }

    /**
     * Maps {@code source}'s documents through per-worker functions on {@code threads} threads and
     * hands the results to {@code consumer} in document order. With {@code threads == 1} the whole
     * pipeline runs on the calling thread.
     *
     * @param source   pushes each document to the consumer it is given, in order (runs on one thread)
     * @param threads  worker threads, ≥ 1
     * @param workers  makes one function per worker thread
     * @param consumer receives each result, in document order, on the calling thread
     */
    public static <R> void map(Consumer<Consumer<Document>> source, int threads,
                               Supplier<? extends Function<Document, ? extends R>> workers,
                               Consumer<? super R> consumer) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(workers, "workers");
        Objects.requireNonNull(consumer, "consumer");
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be ≥ 1");
        }
        if (threads == 1) {
            Function<Document, ? extends R> f = workers.get();
            source.accept(d -> consumer.accept(f.apply(d)));
            return;
        }
        new Run<R>(threads, workers).run(source, consumer);
    }

    /** How often the consumer looks for a worker that died without a word ({@code Run.fatal}). */
    private static final long FATAL_CHECK_MS = 200;

    /** The shared state of one parallel {@link #map}, guarded by {@code lock}. */
    private static final class Run<R> {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final int window;
        private final long windowChars;
        private final int threads;
        private final Supplier<? extends Function<Document, ? extends R>> workers;
        /** Ring of the batches in flight, by sequence number modulo the window. */
        private final Document[][] documents;
        /** Each batch's results, one per document (a {@link Failure} ends a batch early). */
        private final Object[][] results;
        private final boolean[] done;
        /** The text length of each batch in flight, by slot, and their sum. */
        private final long[] chars;
        private long charsInFlight;
        /** Sequence numbers: next to read, next for a worker to take, next to consume. */
        private long read;
        private long taken;
        private long consumed;
        private boolean sourceEnded;
        private Throwable sourceError;
        private boolean stopped;
        /**
         * An error a worker could not hand over in its result slot (an {@link OutOfMemoryError} while
         * doing so): set without taking the lock or allocating, so the consumer, which waits with a
         * time limit, sees it even when the worker could not signal. Without it the consumer would wait
         * forever for the slot of a worker that died.
         */
        private volatile Throwable fatal;

        Run(int threads, Supplier<? extends Function<Document, ? extends R>> workers) {
            this.threads = threads;
            this.workers = workers;
            this.window = window(threads);
            this.windowChars = windowChars(threads);
            this.chars = new long[window];
            this.documents = new Document[window][];
            this.results = new Object[window][];
            this.done = new boolean[window];
        }

        void run(Consumer<Consumer<Document>> source, Consumer<? super R> consumer) {
            List<Thread> started = new ArrayList<>();
            try {
                started.add(start("framelens-read", () -> readAll(source)));
                for (int w = 0; w < threads; w++) {
                    started.add(start("framelens-analyze-" + (w + 1), this::work));
                }
                consumeAll(consumer);
            } finally {
                stop();
                for (Thread t : started) {
                    joinQuietly(t);
                }
            }
        }

        private static Thread start(String name, Runnable body) {
            Thread t = new Thread(body, name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        private static void joinQuietly(Thread t) {
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void stop() {
            lock.lock();
            try {
                stopped = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Thrown inside the source to end it once the run has stopped. */
        private static final class Stopped extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Stopped() {
                super(null, null, false, false);
            }
        }

        private void readAll(Consumer<Consumer<Document>> source) {
            Throwable error = null;
            try {
                source.accept(this::add);
                publish();
            } catch (Stopped e) {
                // the consumer has finished or failed: nothing more to read
            } catch (Throwable e) {
                error = e;
                if (!(e instanceof Error)) {
                    try {
                        publish(); // the documents read before the error are still consumed, as on one thread
                    } catch (Stopped stopped) {
                        // the consumer has finished or failed
                    }
                }
            }
            if (error instanceof Error) {
                fatal = error;  // in case the lock below cannot be taken (out of memory)
            }
            lock.lock();
            try {
                sourceEnded = true;
                sourceError = error;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** The batch the reader is filling (reader thread only). */
        private Document[] pending = new Document[BATCH_DOCUMENTS];
        private int pendingSize;
        private long pendingChars;

        private void add(Document d) {
            Objects.requireNonNull(d, "document");
            int length = d.text().length();
            if (pendingSize > 0 && pendingChars + length > BATCH_CHARS) {
                publish();
            }
            pending[pendingSize++] = d;
            pendingChars += length;
            if (pendingSize == BATCH_DOCUMENTS || pendingChars >= BATCH_CHARS) {
                publish();
            }
        }

        /** Hands the reader's batch over (waiting for room in the window). */
        private void publish() {
            if (pendingSize == 0) {
                return;
            }
            Document[] batch = Arrays.copyOf(pending, pendingSize);
            long length = pendingChars;
            Arrays.fill(pending, 0, pendingSize, null);
            pendingSize = 0;
            pendingChars = 0;
            lock.lock();
            try {
                while (!stopped && (read - consumed >= window
                        || (read > consumed && charsInFlight + length > windowChars))) {
                    changed.awaitUninterruptibly();
                }
                if (stopped) {
                    throw new Stopped();
                }
                int slot = (int) (read % window);
                documents[slot] = batch;
                chars[slot] = length;
                charsInFlight += length;
                read++;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        private void work() {
            try {
                workLoop();
            } catch (Throwable e) {
                fatal = e;
                try {
                    stop();
                } catch (Throwable ignored) {
                    // the consumer's timed wait sees the error anyway
                }
            }
        }

        private void workLoop() {
            Function<Document, ? extends R> f;
            try {
                f = workers.get();
            } catch (Throwable e) {
                f = d -> {
                    throw e instanceof RuntimeException re ? re : new RuntimeException(e);
                };
            }
            while (true) {
                long seq;
                Document[] batch;
                lock.lock();
                try {
                    while (!stopped && taken == read && !sourceEnded) {
                        changed.awaitUninterruptibly();
                    }
                    if (stopped || taken == read) {
                        return;
                    }
                    seq = taken++;
                    int slot = (int) (seq % window);
                    batch = documents[slot];
                    documents[slot] = null;
                } finally {
                    lock.unlock();
                }
                Object[] out = new Object[batch.length];
                for (int k = 0; k < batch.length; k++) {
                    try {
                        out[k] = f.apply(batch[k]);
                    } catch (Throwable e) {
                        out[k] = new Failure(e); // the consumer stops here, as on one thread
                        break;
                    }
                    batch[k] = null;
                }
                lock.lock();
                try {
                    int slot = (int) (seq % window);
                    results[slot] = out;
                    done[slot] = true;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        /** A worker's exception, carried in the result slot to the consumer. */
        private record Failure(Throwable error) {
        }

        /** Whether the consumer was interrupted while it waited (restored when it returns). */
        private boolean interrupted;

        private void consumeAll(Consumer<? super R> consumer) {
            try {
                consumeLoop(consumer);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void consumeLoop(Consumer<? super R> consumer) {
            while (true) {
                Object[] batch;
                lock.lock();
                try {
                    int slot = (int) (consumed % window);
                    while (!done[slot] && !(sourceEnded && consumed == read)) {
                        Throwable f = fatal;
                        if (f != null) {
                            throw rethrow(f);
                        }
                        try {
                            changed.await(FATAL_CHECK_MS, TimeUnit.MILLISECONDS);
                        } catch (InterruptedException e) {
                            interrupted = true;  // as awaitUninterruptibly: the interrupt is kept for the caller
                        }
                    }
                    if (!done[slot]) {
                        if (sourceError != null) {
                            throw rethrow(sourceError);
                        }
                        return;
                    }
                    batch = results[slot];
                    results[slot] = null;
                    done[slot] = false;
                } finally {
                    lock.unlock();
                }
                for (int k = 0; k < batch.length; k++) {
                    Object result = batch[k];
                    batch[k] = null;
                    if (result instanceof Failure failure) {
                        throw rethrow(failure.error());
                    }
                    consumer.accept((R) result);
                }
                lock.lock();
                try {
                    charsInFlight -= chars[(int) (consumed % window)];
                    consumed++;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        private static RuntimeException rethrow(Throwable e) {
            if (e instanceof RuntimeException re) {
                return re;
            }
            if (e instanceof Error err) {
                throw err;
            }
            return new RuntimeException(e);
        }
    }
}
