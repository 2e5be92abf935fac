package org.repalign.releng.modelgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator on {@code bundles/org.repalign.model/model/experiment.genmodel}
 * without an Eclipse workbench and writes the model code into {@code org.repalign.model/src} and
 * the item providers into {@code org.repalign.model.edit/src}.
 *
 * <p>Every run starts from scratch: Java files carrying EMF's generated tag (and no "NOT" after
 * it) are deleted first, so no merging is needed and removed classes disappear. The bundles'
 * hand-maintained {@code META-INF/MANIFEST.MF}, {@code plugin.xml} and {@code build.properties}
 * are restored after generation, and Eclipse project files the generator may write are removed.
 * The genmodel is saved back after {@code reconcile()}, so it always lists every class and
 * feature of the Ecore model.
 *
 * <p>Usage: {@code Main <repository root>}; exit status 1 when the generator reports an error.
 */
public final class Main {

    private static final String MODEL_BUNDLE = "org.repalign.model";
    private static final String EDIT_BUNDLE = "org.repalign.model.edit";
    private static final List<String> PROTECTED = List.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties",
            ".classpath", ".project");

    private Main() {
    }

    /**
     * @param args the repository root
     * @throws IOException when a bundle folder cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Main <repository root>");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
        Path editBundle = root.resolve("bundles").resolve(EDIT_BUNDLE);
        Path genModelFile = modelBundle.resolve("model/experiment.genmodel");
        if (!Files.isRegularFile(genModelFile)) {
            System.err.println(genModelFile + ": no such genmodel");
            System.exit(2);
        }

        EPackageRegistration.run();
        ResourceSet resourceSet = new ResourceSetImpl();
        mapProject(resourceSet, MODEL_BUNDLE, modelBundle);
        mapProject(resourceSet, EDIT_BUNDLE, editBundle);

        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        Diagnostic reconcile = genModel.diagnose();
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        report("genmodel", reconcile);
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));

        Map<Path, byte[]> kept = new LinkedHashMap<>();
        List<Path> absent = new ArrayList<>();
        for (Path bundle : List.of(modelBundle, editBundle)) {
            for (String name : PROTECTED) {
                Path file = bundle.resolve(name);
                if (Files.isRegularFile(file)) {
                    kept.put(file, Files.readAllBytes(file));
                } else {
                    absent.add(file);
                }
            }
            deleteGenerated(bundle.resolve("src"));
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        boolean failed = false;
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic diagnostic = generator.generate(genModel, type, new BasicMonitor());
            failed |= report(type, diagnostic);
        }

        for (Map.Entry<Path, byte[]> entry : kept.entrySet()) {
            Files.write(entry.getKey(), entry.getValue());
        }
        for (Path file : absent) {
            if (Files.deleteIfExists(file)) {
                System.out.println("removed generated " + root.relativize(file));
            }
        }
        System.exit(failed ? 1 : 0);
    }

    private static void mapProject(ResourceSet resourceSet, String project, Path folder) {
        URI location = URI.createFileURI(folder.toString() + "/");
        EcorePlugin.getPlatformResourceMap().put(project, location);
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", false), location);
    }

    private static void deleteGenerated(Path src) throws IOException {
        if (!Files.isDirectory(src)) {
            return;
        }
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(src)) {
            javaFiles = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : javaFiles) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.contains("@generated") && !text.contains("@generated NOT")) {
                Files.delete(file);
            }
        }
    }

    private static boolean report(String what, Diagnostic diagnostic) {
        boolean error = diagnostic.getSeverity() >= Diagnostic.ERROR;
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            print(what, diagnostic, "");
        }
        return error;
    }

    private static void print(String what, Diagnostic diagnostic, String indent) {
        String severity = switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR -> "ERROR";
            case Diagnostic.WARNING -> "WARNING";
            case Diagnostic.INFO -> "INFO";
            default -> "OK";
        };
        System.err.println(indent + what + ": " + severity + " " + diagnostic.getMessage());
        if (diagnostic.getException() != null) {
            diagnostic.getException().printStackTrace();
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            print(what, child, indent + "  ");
        }
    }

    /** Registers Ecore, GenModel and their resource factories for a plain classpath. */
    private static final class EPackageRegistration {
        static void run() {
            Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
            Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
            org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
            org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        }
    }
}
