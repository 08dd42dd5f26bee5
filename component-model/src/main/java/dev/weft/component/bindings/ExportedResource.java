package dev.weft.component.bindings;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Resource;
import java.lang.ref.Cleaner;
import java.util.Objects;

/**
 * Base of the generated classes for resources a component exports: an owned handle the host holds.
 * {@link #close()} drops it (running the component's destructor); a handle that becomes unreachable
 * without being closed is reported as a leak on the {@code dev.weft.component.bindings} logger —
 * it cannot be dropped then, because instances are not thread-safe and cleaners run on their own thread.
 */
public abstract class ExportedResource implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final System.Logger LOG = System.getLogger("dev.weft.component.bindings");

    private final ComponentInstance instance;
    private final Resource handle;
    private final LeakReport leak;
    private final Cleaner.Cleanable cleanable;

    /** Wraps {@code handle}, an owned handle lifted from a call into {@code instance}. */
    @SuppressWarnings("this-escape") // the cleaner keeps only a phantom reference; the leak report does not see this object
    protected ExportedResource(ComponentInstance instance, Resource handle) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.handle = Objects.requireNonNull(handle, "handle");
        this.leak = new LeakReport(handle.toString());
        this.cleanable = CLEANER.register(this, leak);
    }

    /** The instance whose functions operate on this resource. */
    protected final ComponentInstance instance() { return instance; }

    /** A borrowed handle for passing this resource as {@code borrow<r>}; IllegalStateException once closed. */
    public final Resource borrow() {
        checkOpen();
        return Resource.borrow(handle.type(), handle.rep());
    }

    /**
     * Gives up this handle for passing it as {@code own<r>}: the component takes ownership and this
     * object is closed without dropping the resource.
     */
    public final Resource transfer() {
        checkOpen();
        leak.closed = true;
        cleanable.clean();
        return handle;
    }

    /** True once closed or transferred. */
    public final boolean isClosed() { return leak.closed; }

    /** Drops the resource in its component (running its destructor); later calls do nothing. */
    @Override
    public final void close() {
        if (leak.closed) return;
        leak.closed = true;
        cleanable.clean();
        instance.drop(handle);
    }

    private void checkOpen() {
        if (leak.closed) throw new IllegalStateException(handle.type().name() + " resource is closed");
    }

    @Override
    public String toString() { return getClass().getSimpleName() + "[" + handle + (leak.closed ? ", closed]" : "]"); }

    /** Runs at most once: on close (quietly) or when the wrapper became unreachable (with a warning). */
    private static final class LeakReport implements Runnable {
        private final String description;
        volatile boolean closed;

        LeakReport(String description) { this.description = description; }

        @Override
        public void run() {
            if (!closed) LOG.log(System.Logger.Level.WARNING, "resource " + description + " was never closed");
        }
    }
}
