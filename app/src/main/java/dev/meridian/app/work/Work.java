package dev.meridian.app.work;

import dev.meridian.core.work.Progress;

/** A piece of work that runs off the FX thread, reports through {@link Progress} and yields a result. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
