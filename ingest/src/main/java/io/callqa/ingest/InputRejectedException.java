package io.callqa.ingest;

/** An input that cannot be processed. The message names the file and, where known, the line or field. */
public class InputRejectedException extends Exception {
    public InputRejectedException(String message) {
        super(message);
    }

    public InputRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
