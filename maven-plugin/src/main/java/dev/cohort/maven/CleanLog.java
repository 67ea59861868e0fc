package dev.cohort.maven;

import dev.cohort.results.ConsoleText;
import org.apache.maven.plugin.logging.Log;

/**
 * A Maven log whose every message passes through {@link ConsoleText#clean} first, so an experiment name or
 * error message cannot move the cursor, recolour or overwrite the build log.
 */
final class CleanLog implements Log {

    private final Log log;

    CleanLog(Log log) {
        this.log = log;
    }

    /** The log that {@code log} cleans, {@code log} itself when it already does. */
    static Log of(Log log) {
        return log instanceof CleanLog ? log : new CleanLog(log);
    }

    private static String clean(CharSequence content) {
        return content == null ? null : ConsoleText.clean(content);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(clean(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(clean(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(clean(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(clean(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(clean(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(clean(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(clean(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(clean(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
