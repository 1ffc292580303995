package io.segmentstudio.workspace;

/** A workspace could not be used; the message is written for the user and names the file. */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The file does not exist. */
    public static final class NotFound extends WorkspaceException {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(message);
        }
    }

    /** The file exists but is not a Segment Studio workspace (another H2 database, or not H2 at all). */
    public static final class NotAWorkspace extends WorkspaceException {
        private static final long serialVersionUID = 1L;

        public NotAWorkspace(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Another program holds the file open. */
    public static final class Locked extends WorkspaceException {
        private static final long serialVersionUID = 1L;

        public Locked(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The workspace was written by a newer Segment Studio, whose schema this version does not know. */
    public static final class TooNew extends WorkspaceException {
        private static final long serialVersionUID = 1L;

        public TooNew(String message) {
            super(message);
        }
    }

    /** A workspace already exists where a new one was to be created. */
    public static final class AlreadyExists extends WorkspaceException {
        private static final long serialVersionUID = 1L;

        public AlreadyExists(String message) {
            super(message);
        }
    }
}
