package kr.drregistry.export;

import java.util.logging.Level;

import org.jboss.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's log (XRLog) through the app's logging, in categories {@code com.openhtmltopdf.<area>}, instead of
 * its own java.util.logging console handler that wrote every INFO line of every PDF to the console.
 * application.properties keeps these categories at WARN.
 */
final class PdfLogging implements XRLogger {
    private static volatile boolean installed;

    private PdfLogging() {
    }

    static void install() {
        if (!installed) {
            synchronized (PdfLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new PdfLogging());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        logger(where).log(level(level), msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        logger(where).log(level(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the app's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return logger(diagnostic.getLogMessageId().getWhere()).isEnabled(level(diagnostic.getLevel()));
    }

    private static Logger logger(String where) {
        return Logger.getLogger(where == null || where.isBlank() ? "com.openhtmltopdf" : where);
    }

    static Logger.Level level(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (v >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        if (v >= Level.INFO.intValue()) {
            return Logger.Level.INFO;
        }
        if (v >= Level.FINE.intValue()) {
            return Logger.Level.DEBUG;
        }
        return Logger.Level.TRACE;
    }
}
