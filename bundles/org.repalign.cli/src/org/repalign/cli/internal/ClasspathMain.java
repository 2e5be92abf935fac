package org.repalign.cli.internal;

/**
 * The start of {@code ./repalign COMMAND} on a plain Java classpath, without the OSGi framework:
 * the launcher uses it once {@link HeadlessClasspath} has recorded, in a framework start, which
 * jars the commands and the installed plug-ins need. Contributions are found by
 * {@link java.util.ServiceLoader} in the same {@code META-INF/services} files the framework reads.
 */
public final class ClasspathMain {

    private ClasspathMain() {
    }

    /**
     * Runs one command and exits with its status.
     *
     * @param arguments the command and its arguments
     */
    public static void main(String[] arguments) {
        System.exit(HeadlessStart.run(arguments));
    }
}
