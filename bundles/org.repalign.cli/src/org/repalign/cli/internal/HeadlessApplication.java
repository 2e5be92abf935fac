package org.repalign.cli.internal;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Eclipse application behind {@code ./repalign COMMAND} when it starts in the OSGi framework:
 * hands the application arguments to the command line and returns its exit status. Asked to by the
 * launcher, it first records the plain classpath of later starts ({@link HeadlessClasspath}).
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> contextArguments = context.getArguments();
        Object raw = contextArguments.get(IApplicationContext.APPLICATION_ARGS);
        String[] arguments = raw instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        String classpathFile = System.getProperty(HeadlessClasspath.FILE_PROPERTY);
        if (classpathFile != null) {
            HeadlessClasspath.record(java.nio.file.Path.of(classpathFile));
        }
        int status = HeadlessStart.run(arguments);
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // commands are short-lived and check no stop flag
    }
}
