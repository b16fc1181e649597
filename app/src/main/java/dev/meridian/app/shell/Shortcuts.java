package dev.meridian.app.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The global shortcuts in one place. "Shortcut" is Ctrl on Windows/Linux and Cmd on macOS. */
public final class Shortcuts {

    public static final KeyCombination PALETTE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
        KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9
    };

    private Shortcuts() {
    }

    /** 1..9 for Shortcut+digit (main row or keypad), 0 otherwise. */
    static int screenNumber(KeyEvent e) {
        if (!e.isShortcutDown() || e.isShiftDown() || e.isAltDown()) return 0;
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return last >= '1' && last <= '9' ? last - '0' : 0;
        }
        return 0;
    }

    static String screenShortcutText(int n) {
        return new KeyCodeCombination(DIGITS[n - 1], KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }
}
