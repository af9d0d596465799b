package io.simadmin.launcher;

/**
 * A failure the person at the terminal can act on. The launcher prints only its message (one line,
 * no stack trace) because the cause is something like a busy port, not a bug.
 */
public final class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
