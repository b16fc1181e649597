package dev.meridian.charts.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Starts the (headless) JavaFX platform once and runs test code on the FX thread. */
public final class Fx {

    private static boolean started;

    private Fx() {
    }

    public static synchronized void start() {
        if (started) return;
        CountDownLatch latch = new CountDownLatch(1);
        try {
            Platform.startup(latch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            latch.countDown();
        }
        await(latch);
        Platform.setImplicitExit(false);
        started = true;
    }

    public static <T> T call(Supplier<T> task) {
        start();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX task failed", e.getCause() != null ? e.getCause() : e);
        }
    }

    public static void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** Waits until {@code n} animation pulses have passed (layout and rendering have happened). */
    public static void pulses(int n) {
        start();
        CountDownLatch latch = new CountDownLatch(n);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                latch.countDown();
                if (latch.getCount() == 0) stop();
            }
        }.start());
        await(latch);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("FX did not respond in 60 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
