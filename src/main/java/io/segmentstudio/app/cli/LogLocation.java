package io.segmentstudio.app.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Where the log file is, so that an internal error can point the user at it. */
final class LogLocation {
    private LogLocation() {
    }

    /** The file the root logger writes to, as FileLogging configures it, if it writes to one. */
    static Optional<String> file() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it = root.iteratorForAppenders();
                 it.hasNext(); ) {
                if (it.next() instanceof FileAppender<?> appender && appender.getFile() != null) {
                    return Optional.of(appender.getFile());
                }
            }
        }
        return Optional.empty();
    }
}
