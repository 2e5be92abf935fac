package org.repalign.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the resources of {@code .repalign} experiment files: XMI in UTF-8, registered for the
 * extension {@value #FILE_EXTENSION} (plug-in extension {@code org.eclipse.emf.ecore.extension_parser})
 * and for the content type {@code org.repalign.model.experiment}.
 *
 * <p>The output is stable: no type information beyond what XMI needs, no generated ids, a fixed
 * line width, default values left out, and the same save options every time, so saving an
 * unchanged experiment gives the same bytes.
 */
public class ExperimentResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension of experiment files, without the dot. */
    public static final String FILE_EXTENSION = "repalign";

    /** Creates the factory. */
    public ExperimentResourceFactory() {
    }

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.setEncoding("UTF-8");
        Map<Object, Object> save = resource.getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        save.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        Map<Object, Object> load = resource.getDefaultLoadOptions();
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return resource;
    }
}
