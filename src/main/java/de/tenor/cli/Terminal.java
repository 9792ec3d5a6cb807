package de.tenor.cli;

import java.io.Console;

/** Whether a person watches: progress is drawn in place on a terminal and logged as lines elsewhere. */
final class Terminal {

    private Terminal() {
    }

    /** {@code Console.isTerminal()} exists from Java 22, when {@code System.console()} stopped being null for pipes. */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console exists only on a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
