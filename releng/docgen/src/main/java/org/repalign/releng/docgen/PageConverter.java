package org.repalign.releng.docgen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.xml.sax.SAXException;

/**
 * Converts one Markdown page of {@code docs/} into an XHTML page of the help.
 *
 * <p>Links to other help pages point at their {@code .html} files (same relative layout); links
 * that leave the help (files outside {@code docs/}, pages kept out of the help) keep their text
 * and lose the link; web links stay. Images must live in {@code docs/images/} and point at the
 * bundle's {@code images/} folder. Headings get GitHub-style {@code id}s, so {@code #anchor}
 * links work as they do on the repository's web pages. The result is well-formed XML, which the
 * help view relies on.
 */
public final class PageConverter {

    /** The converted page. */
    public record Page(String title, String xhtml, Set<String> images) {
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Set<String> helpPages;

    /** @param helpPages the Markdown files of the help, relative to {@code docs/} */
    public PageConverter(Set<String> helpPages) {
        this.helpPages = Set.copyOf(helpPages);
    }

    /**
     * @param file the page's file relative to {@code docs/} (for instance {@code analyses/bias.md})
     * @param markdown its text
     * @return the page
     * @throws IOException with a message naming the file when the page has no level-1 heading, an
     *         image outside {@code docs/images/} or does not give well-formed XHTML
     */
    public Page convert(String file, String markdown) throws IOException {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        Node document = parser.parse(markdown);
        String title = title(document);
        if (title == null) {
            throw new IOException("docs/" + file + ": the page needs a level-1 heading (# Title)");
        }
        Set<String> images = new TreeSet<>();
        rewriteLinks(file, document, images);
        Map<Node, String> ids = headingIds(document);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String id = ids.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                })
                .build();
        String body = renderer.render(document);
        String prefix = "../".repeat(depth(file));
        String xhtml = "<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"
                + "<head>\n<meta charset=\"UTF-8\" />\n<title>" + escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + prefix + "help.css\" />\n</head>\n"
                + "<body>\n<!-- generated from docs/" + file + " by releng/docgen/generate.sh: edit the Markdown file -->\n"
                + body + "</body>\n</html>\n";
        checkWellFormed(file, xhtml);
        return new Page(title, xhtml, images);
    }

    /** @return the output path of a page relative to the bundle's {@code html/} folder */
    public static String htmlPath(String file) {
        return file.substring(0, file.length() - ".md".length()) + ".html";
    }

    private static int depth(String file) {
        return (int) file.chars().filter(c -> c == '/').count();
    }

    private static String title(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                return plainText(heading);
            }
        }
        return null;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    private void rewriteLinks(String file, Node document, Set<String> images) throws IOException {
        List<Link> links = new ArrayList<>();
        List<Image> pictures = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                pictures.add(image);
            }
        });
        for (Link link : links) {
            String destination = link.getDestination();
            if (isExternal(destination)) {
                continue;
            }
            String fragment = fragmentOf(destination);
            String target = resolve(file, pathOf(destination));
            if (target != null && helpPages.contains(target)) {
                link.setDestination(htmlPath(pathOf(destination)) + fragment);
            } else {
                unlink(link);
            }
        }
        for (Image image : pictures) {
            String target = resolve(file, image.getDestination());
            if (target == null || !target.startsWith("images/") || target.indexOf('/', 7) >= 0) {
                throw new IOException("docs/" + file + ": image " + image.getDestination()
                        + " is not a file of docs/images/");
            }
            String name = target.substring("images/".length());
            images.add(name);
            image.setDestination("../".repeat(depth(file) + 1) + "images/" + name);
        }
    }

    private static boolean isExternal(String destination) {
        return destination.isEmpty() || destination.startsWith("#") || destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static String pathOf(String destination) {
        int hash = destination.indexOf('#');
        return hash < 0 ? destination : destination.substring(0, hash);
    }

    private static String fragmentOf(String destination) {
        int hash = destination.indexOf('#');
        return hash < 0 ? "" : destination.substring(hash);
    }

    /** @return the destination relative to {@code docs/}, or null when it leaves {@code docs/} */
    private static String resolve(String file, String destination) {
        Path folder = Path.of("docs", file).getParent();
        Path target = folder.resolve(destination).normalize();
        if (!target.startsWith("docs") || target.equals(Path.of("docs"))) {
            return null;
        }
        return Path.of("docs").relativize(target).toString().replace('\\', '/');
    }

    private static void unlink(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    private static Map<Node, String> headingIds(Node document) {
        Map<Node, String> ids = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String slug = slug(plainText(heading));
                int count = used.merge(slug, 1, Integer::sum);
                ids.put(heading, count == 1 ? slug : slug + "-" + (count - 1));
            }
        });
        return ids;
    }

    /**
     * @param heading the text of a heading
     * @return its anchor as GitHub makes it: lower case, punctuation removed, spaces as hyphens
     */
    public static String slug(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void checkWellFormed(String file, String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            builder.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new IOException("docs/" + file + ": the page does not give well-formed XHTML (inline HTML?): "
                    + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
