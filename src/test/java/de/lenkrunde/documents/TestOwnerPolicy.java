package de.lenkrunde.documents;

import org.springframework.stereotype.Component;

/**
 * The access policy of the test-only owner kind {@value #KIND}. A component of the test sources, found by
 * the application's component scan like {@code TestData}: one bean in the shared test context, no context
 * of its own. Tests switch its answers and call {@link #allowAll()} first.
 */
@Component
public class TestOwnerPolicy implements DocumentAccessPolicy {

    public static final String KIND = "TEST";

    private volatile boolean read = true;
    private volatile boolean attach = true;
    private volatile boolean remove = true;

    public void allowAll() {
        read = true;
        attach = true;
        remove = true;
    }

    public void allow(boolean read, boolean attach, boolean remove) {
        this.read = read;
        this.attach = attach;
        this.remove = remove;
    }

    @Override
    public String ownerKind() {
        return KIND;
    }

    @Override
    public boolean mayRead(long ownerId) {
        return read;
    }

    @Override
    public boolean mayAttach(long ownerId) {
        return attach;
    }

    @Override
    public boolean mayRemove(long ownerId) {
        return remove;
    }
}
