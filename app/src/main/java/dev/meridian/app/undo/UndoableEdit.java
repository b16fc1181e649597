package dev.meridian.app.undo;

/**
 * A change the user made that can be taken back. {@link #undo()} touches the database and runs on a
 * background thread; {@link #afterUndo()} refreshes the screen on the FX thread.
 */
public interface UndoableEdit {

    /** What undo will revert, in the user's words: "Undo add 'Coffee Corner'". */
    String description();

    void undo() throws Exception;

    default void afterUndo() {
    }
}
