package org.repalign.releng.docgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates the content of the {@code org.repalign.doc} bundle from {@code docs/}: one XHTML page
 * per help page under {@code html/}, the Eclipse help table of contents {@code toc.xml}, the
 * style sheet {@code html/help.css} and the images the pages show ({@code images/}, copied from
 * {@code docs/images/}). A page's label in the contents is its first heading up to a colon.
 * Nothing is written here; see {@link Main}.
 */
public final class HelpGenerator {

    /** The bundle folders and files the generator owns (the rest of the bundle is hand-written). */
    public static final String HTML_FOLDER = "html/";

    /** The table of contents in the bundle. */
    public static final String TOC = "toc.xml";

    /** The folder of the images in the bundle. */
    public static final String IMAGES_FOLDER = "images/";

    /** What the generator produces. */
    public record Output(SortedMap<String, byte[]> files, Set<String> missingImages) {
    }

    private HelpGenerator() {
    }

    /**
     * @param docs the {@code docs/} folder
     * @return the bundle's generated files by path relative to the bundle, and the images the
     *         pages show that {@code docs/images/} does not have yet (a warning, not an error:
     *         the help view shows a placeholder)
     * @throws IOException when a page or the list cannot be read or converted
     */
    public static Output generate(Path docs) throws IOException {
        HelpTocList toc = HelpTocList.read(docs);
        Set<String> pages = new LinkedHashSet<>();
        toc.entries().forEach(e -> pages.add(e.file()));
        PageConverter converter = new PageConverter(pages);
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<String> titles = new ArrayList<>();
        Set<String> images = new TreeSet<>();
        for (HelpTocList.Entry entry : toc.entries()) {
            String markdown = Files.readString(docs.resolve(entry.file()), StandardCharsets.UTF_8);
            PageConverter.Page page = converter.convert(entry.file(), markdown);
            titles.add(tocLabel(page.title()));
            images.addAll(page.images());
            files.put(HTML_FOLDER + PageConverter.htmlPath(entry.file()), utf8(page.xhtml()));
        }
        files.put(TOC, utf8(tocXml(toc.entries(), titles)));
        files.put(HTML_FOLDER + "help.css", utf8(STYLE));
        Set<String> missing = new TreeSet<>();
        for (String image : images) {
            Path source = docs.resolve("images").resolve(image);
            if (Files.isRegularFile(source)) {
                files.put(IMAGES_FOLDER + image, Files.readAllBytes(source));
            } else {
                missing.add(image);
            }
        }
        return new Output(files, missing);
    }

    private static String tocXml(List<HelpTocList.Entry> entries, List<String> titles) {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<?NLS TYPE=\"org.eclipse.help.toc\"?>\n");
        xml.append("<!-- generated from docs/help-toc.txt by releng/docgen/generate.sh -->\n");
        String first = HTML_FOLDER + PageConverter.htmlPath(entries.get(0).file());
        xml.append("<toc label=\"RepAlign\" topic=\"").append(first).append("\">\n");
        for (int i = 0; i < entries.size(); i++) {
            HelpTocList.Entry entry = entries.get(i);
            int nextDepth = i + 1 < entries.size() ? entries.get(i + 1).depth() : 0;
            xml.append("   ".repeat(entry.depth() + 1)).append("<topic label=\"")
                    .append(attribute(titles.get(i))).append("\" href=\"")
                    .append(HTML_FOLDER).append(PageConverter.htmlPath(entry.file())).append('"');
            if (nextDepth > entry.depth()) {
                xml.append(">\n");
            } else {
                xml.append("/>\n");
                for (int d = entry.depth(); d > nextDepth; d--) {
                    xml.append("   ".repeat(d)).append("</topic>\n");
                }
            }
        }
        xml.append("</toc>\n");
        return xml.toString();
    }

    /** @return the label of a page in the contents: its title up to a colon ("Bias: raw ..." gives "Bias") */
    static String tocLabel(String title) {
        int colon = title.indexOf(": ");
        return colon > 0 ? title.substring(0, colon) : title;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String STYLE = """
            /* generated by releng/docgen/generate.sh */
            body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; line-height: 1.45; }
            code, pre { font-family: monospace; background: #f3f3f3; }
            pre { padding: 0.6em; overflow-x: auto; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
            img { max-width: 100%; }
            """;
}
