package org.repalign.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.content.IContentTypeManager;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.util.ExperimentResourceFactory;

/** The plug-in registrations of plugin.xml, as seen in the running OSGi framework. */
class RegistrationTest {

    @TempDir
    Path dir;

    @Test
    void thePackageIsRegisteredByItsNamespace() {
        assertSame(ExperimentPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://www.repalign.org/experiment/1.0"));
    }

    @Test
    void theResourceFactoryIsRegisteredForTheFileExtension() {
        // the registry holds a descriptor until first use; getFactory creates the factory
        assertInstanceOf(ExperimentResourceFactory.class,
                Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/data/study.repalign")));
    }

    @Test
    void theContentTypeIsAnXmlTypeForTheFileExtension() {
        IContentTypeManager manager = Platform.getContentTypeManager();
        IContentType type = manager.getContentType(ExperimentPackage.eCONTENT_TYPE);
        assertNotNull(type);
        assertEquals("org.eclipse.core.runtime.xml", type.getBaseType().getId());
        assertArrayEquals(new String[] { "repalign" }, type.getFileSpecs(IContentType.FILE_EXTENSION_SPEC));
        assertEquals(type, manager.findContentTypeFor("study.repalign"));
    }

    @Test
    void theRootElementIsRecognisedWithoutAFileName() throws IOException {
        Path experiment = dir.resolve("study.xml");
        ExperimentFiles.save(Experiments.full(), experiment);
        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?>\n<x:project xmlns:x=\"urn:other\"/>\n");
        IContentTypeManager manager = Platform.getContentTypeManager();
        try (InputStream in = Files.newInputStream(experiment)) {
            IContentType type = manager.findContentTypeFor(in, null);
            assertNotNull(type);
            assertEquals(ExperimentPackage.eCONTENT_TYPE, type.getId());
        }
        try (InputStream in = Files.newInputStream(other)) {
            IContentType type = manager.findContentTypeFor(in, null);
            assertNotEquals(ExperimentPackage.eCONTENT_TYPE, type == null ? null : type.getId());
        }
    }

    @Test
    void theItemProvidersAreRegisteredAndLabelSources() {
        ComposedAdapterFactory.Descriptor descriptor = ComposedAdapterFactory.Descriptor.Registry.INSTANCE
                .getDescriptor(List.of(ExperimentPackage.eINSTANCE, IItemLabelProvider.class));
        assertNotNull(descriptor);
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        try {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(Experiments.source("llama", 1),
                    IItemLabelProvider.class);
            assertEquals("Source llama", labels.getText(Experiments.source("llama", 1)));
        } finally {
            factory.dispose();
        }
    }
}
