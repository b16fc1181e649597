package dev.meridian.app.undo;

import dev.meridian.app.work.BackgroundWork;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The session's edits, newest on top, bounded so a long session does not hold every row it ever
 * changed. Undo runs the newest edit through {@link BackgroundWork}. Cleared when the vault locks.
 */
public final class UndoStack {

    static final int CAPACITY = 100;

    private final BackgroundWork work;
    private final Deque<UndoableEdit> edits = new ArrayDeque<>();
    private final ReadOnlyStringWrapper nextUndo = new ReadOnlyStringWrapper("");

    public UndoStack(BackgroundWork work) {
        this.work = work;
    }

    public void push(UndoableEdit edit) {
        edits.push(edit);
        if (edits.size() > CAPACITY) edits.removeLast();
        refresh();
    }

    public boolean canUndo() {
        return !edits.isEmpty();
    }

    /** Description of what Ctrl+Z would undo, empty when there is nothing. */
    public ReadOnlyStringProperty nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    /** Undoes the newest edit; returns false when there was none. */
    public boolean undo() {
        UndoableEdit edit = edits.poll();
        refresh();
        if (edit == null) return false;
        work.submit(edit.description(), progress -> {
            edit.undo();
            return Boolean.TRUE;
        }, done -> edit.afterUndo());
        return true;
    }

    public void clear() {
        edits.clear();
        refresh();
    }

    private void refresh() {
        UndoableEdit top = edits.peek();
        nextUndo.set(top == null ? "" : top.description());
    }
}
